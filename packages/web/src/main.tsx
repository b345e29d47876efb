import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { i18nReady } from './app/i18n';
import './app/styles.css';
import { SIGN_IN_PATH, urqlClient } from './app/urql';
import { router } from './app/routes';
import { ViewerQuery } from './modules/auth/auth.graphql';

// The first paint is in the person's language: render once its chunk is here. Meanwhile the
// viewer's query (the first thing every signed-in page asks) is already on its way, so waiting
// for the language adds no round trip; RequireAuth's useQuery finds the answer in urql's cache.
if (window.location.pathname !== SIGN_IN_PATH) void urqlClient.query(ViewerQuery, {}).toPromise();
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <UrqlProvider value={urqlClient}>
        <RouterProvider router={router} />
      </UrqlProvider>
    </StrictMode>,
  ),
);
