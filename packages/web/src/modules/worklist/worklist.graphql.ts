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
