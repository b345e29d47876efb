import { useQuery } from 'urql';
import type { ResultOf } from '../../../shared/graphql';
import { apiErrors } from '../../../shared/errors';
import { ClientAssetsQuery, ClientDetailQuery } from '../clients.graphql';

export type ClientDetail = ResultOf<typeof ClientDetailQuery>['client'];
export type TierChange = ClientDetail['tierHistory'][number];
export type ServiceLogEntry = ClientDetail['serviceLogs'][number];

// A client with no logs yet has no ServiceLog in its result; declaring the typename lets
// urql refetch the page after logContact, so the new entry shows at once.
const DETAIL_CONTEXT = { additionalTypenames: ['ServiceLog'] };

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
