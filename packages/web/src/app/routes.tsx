import { createBrowserRouter, Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignInPage } from '../modules/auth/SignInPage';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { BookPage } from '../modules/clients/BookPage';
import { ClientPage } from '../modules/clients/ClientPage';
import { Layout } from './Layout';
import { SIGN_IN_PATH } from './urql';

function PageNotFound() {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <p>{t('common.pageNotFound')}</p>
      <Link to="/clients">{t('common.backToBook')}</Link>
    </div>
  );
}

export const router = createBrowserRouter([
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  {
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/clients" replace /> },
      { path: 'clients', element: <BookPage /> },
      { path: 'clients/:id', element: <ClientPage /> },
      { path: '*', element: <PageNotFound /> },
    ],
  },
]);
