import { createBrowserRouter, Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignInPage } from '../modules/auth/SignInPage';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { BookPage } from '../modules/clients/BookPage';
import { ClientPage } from '../modules/clients/ClientPage';
import { PoliciesPage } from '../modules/policies/PoliciesPage';
import { NewPolicyPage, PolicyPage } from '../modules/policies/PolicyPage';
import { WorklistPage } from '../modules/worklist/WorklistPage';
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
      { path: 'worklist', element: <WorklistPage /> },
      { path: 'policies', element: <PoliciesPage /> },
      { path: 'policies/new', element: <NewPolicyPage /> },
      { path: 'policies/:id', element: <PolicyPage /> },
      // tier reviews are run from the policies page
      { path: 'reviews', element: <Navigate to="/policies#reviews" replace /> },
      { path: '*', element: <PageNotFound /> },
    ],
  },
]);
