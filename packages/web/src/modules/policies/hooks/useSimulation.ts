import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../../../shared/graphql';
import { SimulateTierPolicyQuery, SimulationMoversQuery } from '../policies.graphql';

export type Simulation = ResultOf<typeof SimulateTierPolicyQuery>['simulateTierPolicy'];
export type Mover = ResultOf<typeof SimulationMoversQuery>['simulateTierPolicy']['movers']['edges'][number]['node'];

export const MOVERS_PAGE = 20;

// A simulation is computed fresh on every open: the metrics under it move daily.
const FRESH = { requestPolicy: 'network-only' } as const;
// Saving the draft (a mutation answering a TierPolicy) must re-run the summary, even when
// its last answer was an error and so holds no TierPolicy to be invalidated by.
const CONTEXT = { additionalTypenames: ['TierPolicy'] };

/** The matrix and per-tier totals of a policy simulated as of a day (null = latest metrics). */
export function useSimulation(id: string, asOf: string | null) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SimulateTierPolicyQuery, variables: { id, asOf }, context: CONTEXT, ...FRESH });
  return { simulation: data?.simulateTierPolicy, fetching, error, rerun: () => reexecute(FRESH) };
}

/** The clients who would change tier, one page at a time (cursor stack kept here). */
export function useMovers(id: string, asOf: string | null) {
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SimulationMoversQuery,
    variables: { id, asOf, first: MOVERS_PAGE, after: cursors.at(-1) ?? null },
    ...FRESH,
  });
  // keep the last page on screen while the next one loads
  const shown = useRef(data);
  if (data) shown.current = data;
  const movers = shown.current?.simulateTierPolicy.movers;
  return {
    rows: movers?.edges.map((e) => e.node) ?? [],
    totalCount: movers?.totalCount,
    page: cursors.length + 1,
    pages: Math.max(1, Math.ceil((movers?.totalCount ?? 0) / MOVERS_PAGE)),
    hasPrev: cursors.length > 0,
    hasNext: !!movers?.pageInfo.hasNextPage && !!movers.pageInfo.endCursor,
    prev: () => setCursors((c) => c.slice(0, -1)),
    next: () => movers?.pageInfo.endCursor && setCursors((c) => [...c, movers.pageInfo.endCursor!]),
    stale: fetching && data === undefined,
    /** The current page failed (a page shown from before stays on screen). */
    failed: error !== undefined && data === undefined,
    error,
    retry: () => reexecute(FRESH),
  };
}
