import { useQuery } from 'urql';
import type { ResultOf } from '../../shared/graphql';
import { ViewerQuery } from './auth.graphql';

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['me']>;
export type StaffRole = Viewer['role'];

/** The signed-in member of staff; `viewer` is null once loaded when nobody is signed in. */
export function useViewer() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ViewerQuery });
  return { viewer: data?.me ?? null, loaded: data !== undefined, fetching, error, refetch };
}
