import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignInPage } from '../modules/auth/SignInPage';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { BookPage } from '../modules/clients/BookPage';
import { ClientPage } from '../modules/clients/ClientPage';
import { WorklistPage } from '../modules/worklist/WorklistPage';
import { Loading } from '../shared/ui/ErrorMessage';
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

// Policies and reviews are head office's tools: advisers never load the editor and matrix.
const PoliciesPage = lazy(() => import('../modules/policies/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
const PolicyPage = lazy(() => import('../modules/policies/PolicyPage').then((m) => ({ default: m.PolicyPage })));
const NewPolicyPage = lazy(() => import('../modules/policies/PolicyPage').then((m) => ({ default: m.NewPolicyPage })));
const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

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
      { path: 'policies', element: later(<PoliciesPage />) },
      { path: 'policies/new', element: later(<NewPolicyPage />) },
      { path: 'policies/:id', element: later(<PolicyPage />) },
      // tier reviews are run from the policies page
      { path: 'reviews', element: <Navigate to="/policies#reviews" replace /> },
      { path: '*', element: <PageNotFound /> },
    ],
  },
]);
