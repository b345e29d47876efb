import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../shared/ui/ErrorMessage';
import { useSignedInViewer } from '../auth/RequireAuth';
import { can } from '../auth/permissions';
import { ReviewRunsPanel } from '../reviews/ReviewRunsPanel';
import { PolicyList } from './components/PolicyList';
import { usePolicies } from './hooks/usePolicy';

/** Head office's tier policies (read-only for managers and compliance) and tier reviews. */
export function PoliciesPage() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const { policies, error, retry } = usePolicies();
  const designer = can.designPolicies(viewer.role);

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('policies.title')}</h1>
        {designer && (
          <Link to="/policies/new" className="btn btn-primary page-head-end" data-testid="new-policy">
            + {t('policies.newDraft')}
          </Link>
        )}
      </div>
      <p className="muted page-intro">{t('policies.intro')}</p>
      {!designer && can.seePolicies(viewer.role) && <div className="notice">{t('policies.readOnly')}</div>}
      {error && !policies ? (
        <ErrorMessage error={error} onRetry={retry} />
      ) : !policies ? (
        <Loading />
      ) : policies.length === 0 ? (
        <div className="empty-state">{t('policies.empty')}</div>
      ) : (
        <PolicyList policies={policies} />
      )}
      <ReviewRunsPanel canStart={designer} />
    </section>
  );
}
