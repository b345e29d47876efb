import { graphql } from '@crm/schema';

// The one shape of a policy every page reads: the list shows its head, the policy page and
// the editor the rest. Tiers come lowest rank first (the API's contract).
export const TierPoliciesQuery = graphql(`
  query TierPolicies {
    tierPolicies {
      id
      version
      name
      status
      matchRule
      windowDays
      downgradeAfter
      createdAt
      activatedAt
      tiers {
        id
        code
        rank
        nameZh
        nameEn
      }
    }
  }
`);

export const TierPolicyQuery = graphql(`
  query TierPolicy($id: ID!) {
    tierPolicy(id: $id) {
      id
      version
      name
      status
      matchRule
      windowDays
      downgradeAfter
      createdAt
      activatedAt
      tiers {
        id
        code
        rank
        nameZh
        nameEn
        minAvgAssets
        minCommission12m
        minPoints
      }
      entitlements {
        everyDays
        tier {
          id
          code
        }
        offering {
          id
          code
          category
          channel
          nameZh
          nameEn
        }
      }
      pointsRule {
        per10kAvgAssets
        per100Commission
        perTenureYear
        perReferral
      }
    }
  }
`);

// Mutations answer the policy's id and head only: the policy page refetches the full
// policy (urql's document cache invalidates every query that holds a TierPolicy).
export const CreateTierPolicyDraftMutation = graphql(`
  mutation CreateTierPolicyDraft($input: TierPolicyInput!) {
    createTierPolicyDraft(input: $input) {
      id
      version
      status
    }
  }
`);

export const UpdateTierPolicyDraftMutation = graphql(`
  mutation UpdateTierPolicyDraft($id: ID!, $input: TierPolicyInput!) {
    updateTierPolicyDraft(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);

export const CopyTierPolicyMutation = graphql(`
  mutation CopyTierPolicy($id: ID!) {
    copyTierPolicy(id: $id) {
      id
      version
      status
    }
  }
`);

export const ActivateTierPolicyMutation = graphql(`
  mutation ActivateTierPolicy($id: ID!) {
    activateTierPolicy(id: $id) {
      id
      version
      status
      activatedAt
      # Tier in the answer: the active tiers (book filter, override select) refetch too
      tiers {
        id
      }
    }
  }
`);

// The summary holds the TierPolicy, so saving the draft (a mutation answering a TierPolicy)
// re-runs it: the matrix on screen is always the draft as saved. The movers are re-asked
// after each new summary (see SimulationPanel), never alongside a save.
export const SimulateTierPolicyQuery = graphql(`
  query SimulateTierPolicy($id: ID!, $asOf: LocalDate) {
    simulateTierPolicy(id: $id, asOf: $asOf) {
      asOf
      clientsReviewed
      policy {
        id
      }
      matrix {
        clients
        assets
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
      }
      before {
        clients
        assets
        revenue12m
        tier {
          id
          code
          rank
          nameZh
          nameEn
        }
      }
      after {
        clients
        assets
        revenue12m
        tier {
          id
          code
          rank
          nameZh
          nameEn
        }
      }
    }
  }
`);

export const SimulationMoversQuery = graphql(`
  query SimulationMovers($id: ID!, $asOf: LocalDate, $first: Int!, $after: String) {
    simulateTierPolicy(id: $id, asOf: $asOf) {
      asOf
      movers(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            avgAssets
            commission12m
            points
            client {
              id
              name
              accountNo
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
          }
        }
      }
    }
  }
`);
