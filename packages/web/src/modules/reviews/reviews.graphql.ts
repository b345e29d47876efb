import { graphql } from '@crm/schema';

export const TierReviewRunsQuery = graphql(`
  query TierReviewRuns($first: Int!) {
    tierReviewRuns(first: $first) {
      id
      asOf
      status
      progress
      clientsReviewed
      changesWritten
      startedAt
      finishedAt
      error
      startedBy {
        id
        name
      }
      policy {
        id
        version
        name
      }
    }
  }
`);

export const TierReviewRunQuery = graphql(`
  query TierReviewRun($id: ID!) {
    tierReviewRun(id: $id) {
      id
      asOf
      status
      progress
      clientsReviewed
      changesWritten
      startedAt
      finishedAt
      error
      policy {
        id
        version
      }
    }
  }
`);

export const StartTierReviewMutation = graphql(`
  mutation StartTierReview($asOf: LocalDate) {
    startTierReview(asOf: $asOf) {
      id
      asOf
      status
      progress
      clientsReviewed
      changesWritten
      startedAt
      finishedAt
      error
      policy {
        id
        version
      }
    }
  }
`);
