import { useQuery } from 'urql';
import type { ResultOf } from '../../shared/graphql';
import { ClientServiceQuery } from './service.graphql';

export type ServiceLevel = ResultOf<typeof ClientServiceQuery>['client']['serviceLevels'][number];

// A logged contact may deliver an entitled offering: refetch when a ServiceLog is written.
const CONTEXT = { additionalTypenames: ['ServiceLog'] };

/** A client's service levels (current period) and next best contact. */
export function useClientService(id: string) {
  const [{ data, error }] = useQuery({ query: ClientServiceQuery, variables: { id }, context: CONTEXT });
  return { service: data?.client, error };
}
