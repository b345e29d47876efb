import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { i18nReady } from './app/i18n';
import './app/styles.css';
import { urqlClient } from './app/urql';
import { router } from './app/routes';

// the first paint is in the person's language: wait for its chunk (fetched beside the page's data)
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <UrqlProvider value={urqlClient}>
        <RouterProvider router={router} />
      </UrqlProvider>
    </StrictMode>,
  ),
);
