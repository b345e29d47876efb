import { graphql } from '@crm/schema';

export const ServiceOfferingsQuery = graphql(`
  query ServiceOfferings {
    serviceOfferings {
      id
      code
      category
      channel
      nameZh
      nameEn
      pointsCost
    }
  }
`);

// The result names ServiceLog, so urql's document cache refetches every query that
// declared ServiceLog (the client page's timeline, the book's last-contact column).
// No Staff in the selection: that would needlessly refetch the viewer too.
export const LogContactMutation = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) {
      id
      occurredAt
      summary
    }
  }
`);
