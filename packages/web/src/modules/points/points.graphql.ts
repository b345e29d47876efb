import { graphql } from '@crm/schema';

export const ClientPointsQuery = graphql(`
  query ClientPoints($id: ID!) {
    client(id: $id) {
      id
      points {
        balance
        history(first: 50) {
          id
          occurredAt
          delta
          kind
          period
          note
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
`);

export const RedeemPointsMutation = graphql(`
  mutation RedeemPoints($input: RedeemPointsInput!) {
    redeemPoints(input: $input) {
      id
      occurredAt
      delta
      kind
    }
  }
`);
