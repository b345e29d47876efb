import { useQuery } from 'urql';
import type { ResultOf } from '../../../shared/graphql';
import { ClientTimelineQuery } from '../clients.graphql';

export const TIMELINE_PAGE = 20;
type Connection = ResultOf<typeof ClientTimelineQuery>['client']['serviceLogsConnection'];
export type ServiceLogEntry = Connection['edges'][number]['node'];

// A client with no logs yet has no ServiceLog in its result; declaring the typename lets
// urql refetch the timeline after logContact, so the new entry shows at once.
const CONTEXT = { additionalTypenames: ['ServiceLog'] };

/** One page of a client's timeline (after = null: the newest). */
export function useTimelinePage(clientId: string, after: string | null) {
  const [{ data, error }, reexecute] = useQuery({ query: ClientTimelineQuery, variables: { id: clientId, first: TIMELINE_PAGE, after }, context: CONTEXT });
  return {
    connection: data?.client.serviceLogsConnection as Connection | undefined,
    error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
