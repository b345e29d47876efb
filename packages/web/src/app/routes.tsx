import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { BookPage } from '../modules/clients/BookPage';
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

// Each page but the book is its own chunk, fetched when first shown: the book is where an
// adviser lands, so it alone ships in the entry (tests/integration/web-weight.test.ts holds
// the first load to its budget). The client page's chart is split off once more inside it.
// Policies and reviews are head office's tools: advisers never load the editor and matrix.
const SignInPage = lazy(() => import('../modules/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const ClientPage = lazy(() => import('../modules/clients/ClientPage').then((m) => ({ default: m.ClientPage })));
const WorklistPage = lazy(() => import('../modules/worklist/WorklistPage').then((m) => ({ default: m.WorklistPage })));
const PoliciesPage = lazy(() => import('../modules/policies/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
const PolicyPage = lazy(() => import('../modules/policies/PolicyPage').then((m) => ({ default: m.PolicyPage })));
const NewPolicyPage = lazy(() => import('../modules/policies/PolicyPage').then((m) => ({ default: m.NewPolicyPage })));
const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

export const router = createBrowserRouter([
  { path: SIGN_IN_PATH, element: later(<SignInPage />) },
  {
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/clients" replace /> },
      { path: 'clients', element: <BookPage /> },
      { path: 'clients/:id', element: later(<ClientPage />) },
      { path: 'worklist', element: later(<WorklistPage />) },
      { path: 'policies', element: later(<PoliciesPage />) },
      { path: 'policies/new', element: later(<NewPolicyPage />) },
      { path: 'policies/:id', element: later(<PolicyPage />) },
      // tier reviews are run from the policies page
      { path: 'reviews', element: <Navigate to="/policies#reviews" replace /> },
      { path: '*', element: <PageNotFound /> },
    ],
  },
]);
