import { useEffect } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../../shared/graphql';
import { TierReviewRunQuery, TierReviewRunsQuery } from './reviews.graphql';

export type ReviewRun = ResultOf<typeof TierReviewRunsQuery>['tierReviewRuns'][number];
export type TrackedRun = ResultOf<typeof TierReviewRunQuery>['tierReviewRun'];

export const RECENT_RUNS = 10;
/** How often a running review is asked for its progress. */
export const POLL_MS = 1000;

export function useRecentRuns() {
  const [{ data, error }, reexecute] = useQuery({ query: TierReviewRunsQuery, variables: { first: RECENT_RUNS } });
  return { runs: data?.tierReviewRuns, error, refresh: () => reexecute({ requestPolicy: 'network-only' }) };
}

/**
 * One run, polled from the network about once a second while it runs; `onFinished` fires
 * once when it is seen to end (SUCCEEDED or FAILED).
 */
export function useTrackedRun(id: string | null, onFinished: () => void) {
  const [{ data, error }, reexecute] = useQuery({
    query: TierReviewRunQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const run = data?.tierReviewRun.id === id ? data?.tierReviewRun : undefined;
  const running = !!id && (!run || run.status === 'RUNNING');

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearInterval(timer);
  }, [running, reexecute]);

  const finished = run && run.status !== 'RUNNING' ? run.id : null;
  useEffect(() => {
    if (finished) onFinished();
    // only the moment of finishing matters, not a new onFinished identity
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished]);

  return { run, error };
}
