import { graphql } from '@crm/schema';

// Answers the Client, so urql refetches every query holding one (the page, the book).
export const OverrideClientTierMutation = graphql(`
  mutation OverrideClientTier($input: OverrideTierInput!) {
    overrideClientTier(input: $input) {
      id
      overrideUntil
      currentTier {
        id
        code
        rank
        nameZh
        nameEn
      }
    }
  }
`);
