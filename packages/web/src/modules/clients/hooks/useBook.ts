import { useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../../../shared/graphql';
import type { ClientOrder, ClientStatus } from '../../../shared/enums';
import { ActiveTiersQuery, BookQuery } from '../clients.graphql';

export const PAGE_SIZE = 25;

export interface BookFilters {
  search: string;
  tierCode: string;
  status: ClientStatus | '';
  orderBy: ClientOrder;
}

export type BookClient = ResultOf<typeof BookQuery>['clients']['edges'][number]['node'];
export type ActiveTier = ResultOf<typeof ActiveTiersQuery>['activeTiers'][number];

// Logging a contact changes the book's last-contact column; declaring ServiceLog makes
// urql refetch this page after logContact even though the rows hold no ServiceLog.
const BOOK_CONTEXT = { additionalTypenames: ['ServiceLog'] };

/** One page of the viewer's clients (Relay cursor paging, `after` = previous page's end). */
export function useBook(filters: BookFilters, after: string | null) {
  const variables = useMemo(
    () => ({
      first: PAGE_SIZE,
      after,
      orderBy: filters.orderBy,
      filter: {
        search: filters.search.trim() || null,
        tierCode: filters.tierCode || null,
        status: filters.status || null,
      },
    }),
    [after, filters.orderBy, filters.search, filters.tierCode, filters.status],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: BookQuery, variables, context: BOOK_CONTEXT });

  // keep showing the previous page while the next one loads, instead of flashing empty
  const shown = useRef(data);
  if (data) shown.current = data;
  const connection = shown.current?.clients;

  return {
    rows: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount,
    /** a branch's or the firm's count is the planner's estimate: shown as "about N" */
    totalCountIsEstimate: connection?.totalCountIsEstimate ?? false,
    endCursor: connection?.pageInfo.endCursor ?? null,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: connection !== undefined,
    stale: fetching && data === undefined,
    // the current filters' page failed: rows kept from before would not match them
    failed: error !== undefined && data === undefined,
    error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

export function useActiveTiers(): ActiveTier[] {
  const [{ data }] = useQuery({ query: ActiveTiersQuery });
  return data?.activeTiers ?? [];
}
