import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../shared/ui/ErrorMessage';
import { useSignedInViewer } from '../auth/RequireAuth';
import { can } from '../auth/permissions';
import { PolicyActions } from './components/PolicyActions';
import { PolicyForm } from './components/PolicyForm';
import { PolicyStatusBadge } from './components/PolicyStatusBadge';
import { PolicyView } from './components/PolicyView';
import { SimulationPanel } from './components/SimulationPanel';
import { usePolicy } from './hooks/usePolicy';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link to="/policies" className="back-link">
      ← {t('policies.back')}
    </Link>
  );
}

/** One policy version. Head office edits a draft here, simulates it and activates it. */
export function PolicyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const { policy, error, absent, retry } = usePolicy(id);
  const [simulating, setSimulating] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const navigate = useNavigate();

  if (absent) {
    return (
      <section className="page">
        <BackLink />
        <div className="empty-state" role="alert" data-testid="policy-not-found">
          {t('policies.notFound')}
        </div>
      </section>
    );
  }
  if (!policy) return <section className="page">{error ? <ErrorMessage error={error} onRetry={retry} /> : <Loading />}</section>;

  const designer = can.designPolicies(viewer.role);
  const editable = designer && policy.status === 'DRAFT';

  return (
    <section className="page">
      <BackLink />
      <div className="page-head">
        <h1 data-testid="policy-name">
          <span className="muted">{t('policies.version', { version: policy.version })}</span> {policy.name}
        </h1>
        <PolicyStatusBadge status={policy.status} />
      </div>
      {designer && <PolicyActions policy={policy} unsaved={unsaved} simulating={simulating} onToggleSimulation={() => setSimulating((s) => !s)} />}
      {simulating && editable && <SimulationPanel policyId={policy.id} draftTiers={policy.tiers} />}
      {editable ? (
        // keyed by id: after a copy the form starts from the new draft, not the old one's state
        <PolicyForm key={policy.id} policy={policy} onCreated={(newId) => navigate(`/policies/${newId}`)} onDirtyChange={setUnsaved} />
      ) : (
        <PolicyView policy={policy} />
      )}
    </section>
  );
}

/** A blank draft; saving creates it and opens its page. */
export function NewPolicyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useSignedInViewer();
  return (
    <section className="page">
      <BackLink />
      <div className="page-head">
        <h1>{t('policies.form.titleNew')}</h1>
      </div>
      {can.designPolicies(viewer.role) ? (
        <PolicyForm policy={null} onCreated={(id) => navigate(`/policies/${id}`, { replace: true })} />
      ) : (
        <div className="notice">{t('policies.readOnly')}</div>
      )}
    </section>
  );
}
