import { graphql } from '@crm/schema';

// Entitled versus delivered, and what to say next: loaded apart from the profile so a slow
// service-level computation never holds up the page.
export const ClientServiceQuery = graphql(`
  query ClientService($id: ID!) {
    client(id: $id) {
      id
      serviceLevels {
        everyDays
        lastDeliveredAt
        deliveredInPeriod
        dueOn
        status
        daysOverdue
        offering {
          id
          code
          category
          nameZh
          nameEn
        }
      }
      nextBestContact {
        channel
        reasonCode
        reasonParams {
          tierCode
          tierRank
          topRank
          assets
          preferredChannel
        }
        watchSectors
        offering {
          id
          code
          nameZh
          nameEn
        }
      }
    }
  }
`);
