import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorMessage, Loading } from '../../shared/ui/ErrorMessage';
import { signInUrl } from '../../app/urql';
import { useViewer, type Viewer } from './useViewer';

const ViewerContext = createContext<Viewer | null>(null);

/** Renders its children only for a signed-in person; everyone else goes to sign in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, loaded, error, refetch } = useViewer();
  const location = useLocation();
  if (viewer) return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
  if (error) return <ErrorMessage error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!loaded) return <Loading />;
  return <Navigate to={signInUrl(location.pathname + location.search)} replace />;
}

/** The signed-in person, inside RequireAuth. */
export function useSignedInViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useSignedInViewer outside RequireAuth');
  return viewer;
}
