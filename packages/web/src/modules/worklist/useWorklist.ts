import { useRef } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../../shared/graphql';
import { WorklistQuery } from './worklist.graphql';

export const WORKLIST_PAGE = 25;
export type WorklistItem = ResultOf<typeof WorklistQuery>['worklist']['edges'][number]['node'];

// Logging a contact or rescheduling a follow-up can take an item off the list; declaring
// ServiceLog and FollowUp makes urql refetch after either.
const CONTEXT = { additionalTypenames: ['ServiceLog', 'FollowUp'] };

/** One page of the viewer's due and overdue entitled services and follow-ups, most valuable clients first. */
export function useWorklist(after: string | null) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WorklistQuery,
    variables: { first: WORKLIST_PAGE, after },
    context: CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const shown = useRef(data);
  if (data) shown.current = data;
  const connection = shown.current?.worklist;
  return {
    rows: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount,
    endCursor: connection?.pageInfo.endCursor ?? null,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: connection !== undefined,
    stale: fetching && data === undefined,
    failed: error !== undefined && data === undefined,
    error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
