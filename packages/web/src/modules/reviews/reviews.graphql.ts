import { graphql } from '@crm/schema';

// What every view of a run shows: the list, the polled run and the answer to a start.
export const ReviewRunFieldsFragment = graphql(`
  fragment ReviewRunFields on TierReviewRun {
    id
    asOf
    status
    progress
    clientsReviewed
    changesWritten
    startedAt
    finishedAt
    error
  }
`);

export const TierReviewRunsQuery = graphql(`
  query TierReviewRuns($first: Int!) {
    tierReviewRuns(first: $first) {
      ...ReviewRunFields
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
      ...ReviewRunFields
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
      ...ReviewRunFields
      policy {
        id
        version
      }
    }
  }
`);
