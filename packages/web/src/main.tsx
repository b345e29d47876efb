import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import './app/i18n';
import './app/styles.css';
import { urqlClient } from './app/urql';
import { router } from './app/routes';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <UrqlProvider value={urqlClient}>
      <RouterProvider router={router} />
    </UrqlProvider>
  </StrictMode>,
);
