import { useQuery } from 'urql';
import type { ResultOf } from '../../../shared/graphql';
import { apiErrors } from '../../../shared/errors';
import { ClientAssetsQuery, ClientDetailQuery } from '../clients.graphql';

export type ClientDetail = ResultOf<typeof ClientDetailQuery>['client'];
export type TierChange = ClientDetail['tierHistory'][number];
export type OpenFollowUp = ClientDetail['followUps'][number];

// Logging a contact moves the last contact and may complete a follow-up; a reschedule
// moves one: declaring both typenames makes urql refetch the page after either.
const DETAIL_CONTEXT = { additionalTypenames: ['ServiceLog', 'FollowUp'] };

// NOT_FOUND covers "outside your scope" too (the API does not reveal existence); an id
// that is not even well-formed is the same thing to the person looking at it.
const ABSENT_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

export function useClientDetail(id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ClientDetailQuery, variables: { id }, context: DETAIL_CONTEXT });
  const absent = apiErrors(error).some((e) => e.code !== undefined && ABSENT_CODES.has(e.code));
  return {
    client: data?.client,
    fetching,
    error,
    absent,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

export const CHART_DAYS = 365;

/** Daily total assets for the chart, loaded apart so the profile shows first. */
export function useClientAssets(id: string) {
  const [{ data, fetching, error }] = useQuery({ query: ClientAssetsQuery, variables: { id, days: CHART_DAYS } });
  return { points: data?.client.assetHistory, fetching, error };
}
