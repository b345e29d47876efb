import { graphql } from '@crm/schema';

export const ActiveTiersQuery = graphql(`
  query ActiveTiers {
    activeTiers {
      id
      code
      rank
      nameZh
      nameEn
    }
  }
`);

export const BookQuery = graphql(`
  query Book($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder!) {
    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      totalCountIsEstimate
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          accountNo
          status
          latestTotalAssets
          latestMetricsOn
          lastContactAt
          daysSinceLastContact
          currentTier {
            id
            code
            rank
            nameZh
            nameEn
          }
        }
      }
    }
  }
`);

export const ClientDetailQuery = graphql(`
  query ClientDetail($id: ID!) {
    client(id: $id) {
      id
      name
      accountNo
      idNumberMasked
      phoneMasked
      status
      riskLevel
      investmentStyle
      segment
      preferredChannels
      watchSectors
      openedOn
      latestTotalAssets
      latestMetricsOn
      lastContactAt
      daysSinceLastContact
      overrideUntil
      branch {
        id
        name
        city
      }
      adviser {
        id
        name
      }
      currentTier {
        id
        code
        rank
        nameZh
        nameEn
      }
      tierHistory {
        id
        effectiveOn
        reason
        policyVersion
        note
        overrideUntil
        changedBy {
          id
          name
        }
        fromTier {
          id
          code
          rank
          nameZh
          nameEn
        }
        toTier {
          id
          code
          rank
          nameZh
          nameEn
        }
        figures {
          asOf
          avgAssets
          commission12m
          points
          windowDays
        }
      }
      followUps {
        id
        dueOn
        dueStatus
        daysOverdue
        serviceLog {
          id
          occurredAt
          summary
        }
        history {
          id
          kind
          fromDueOn
          toDueOn
          reason
          occurredAt
          actor {
            id
            name
          }
        }
      }
    }
  }
`);

export const ClientAssetsQuery = graphql(`
  query ClientAssets($id: ID!, $days: Int!) {
    client(id: $id) {
      id
      assetHistory(days: $days) {
        day
        totalAssets
      }
    }
  }
`);


// One page of the timeline; "show more" asks for the next page after the last one shown.
export const ClientTimelineQuery = graphql(`
  query ClientTimeline($id: ID!, $first: Int!, $after: String) {
    client(id: $id) {
      id
      serviceLogsConnection(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            occurredAt
            channel
            kind
            summary
            outcome
            sentiment
            followUpOn
            adviser {
              id
              name
            }
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
