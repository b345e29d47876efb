import { graphql } from '@crm/schema';

export const WorklistQuery = graphql(`
  query Worklist($asOf: LocalDate, $first: Int!, $after: String) {
    worklist(asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          dueOn
          status
          daysOverdue
          client {
            id
            name
            accountNo
            latestTotalAssets
            latestMetricsOn
            currentTier {
              id
              code
              rank
              nameZh
              nameEn
            }
            nextBestContact {
              channel
              reasonCode
              reason
              watchSectors
              offering {
                id
                code
                nameZh
                nameEn
              }
            }
          }
          followUp {
            id
            dueOn
            serviceLog {
              id
              occurredAt
              summary
            }
          }
          serviceLevel {
            everyDays
            dueOn
            status
            daysOverdue
            lastDeliveredAt
            offering {
              id
              code
              nameZh
              nameEn
            }
          }
        }
      }
    }
  }
`);

// Names FollowUp, so the worklist (which declares FollowUp) refetches after a reschedule.
export const RescheduleFollowUpMutation = graphql(`
  mutation RescheduleFollowUp($id: ID!, $dueOn: LocalDate!, $reason: String!) {
    rescheduleFollowUp(id: $id, dueOn: $dueOn, reason: $reason) {
      id
      dueOn
      status
    }
  }
`);
