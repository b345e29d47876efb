import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { apiErrors, failureText } from '../../../shared/errors';
import { ActivateTierPolicyMutation, CopyTierPolicyMutation } from '../policies.graphql';
import type { PolicyDetail } from '../hooks/usePolicy';

function errorText(error: Parameters<typeof apiErrors>[0], t: ReturnType<typeof useTranslation>['t']): string {
  const errs = apiErrors(error);
  if (errs.some((e) => e.code === 'CONFLICT' && e.reason === 'POLICY_NOT_DRAFT')) return t('policies.errors.conflict');
  if (errs.some((e) => e.code === 'FORBIDDEN')) return t('policies.errors.forbidden');
  return failureText(t, error);
}

/**
 * Head office's buttons on a policy: copy any version into a new draft; simulate and
 * activate a draft. Activation asks first, in the page (a native confirm would block tests
 * and screen readers alike): [data-testid=activate] opens it, [data-testid=activate-confirm] does it.
 */
export function PolicyActions({
  policy,
  unsaved,
  simulating,
  onToggleSimulation,
}: {
  policy: PolicyDetail;
  unsaved: boolean;
  simulating: boolean;
  onToggleSimulation: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching: copying }, copy] = useMutation(CopyTierPolicyMutation);
  const [{ fetching: activating }, activate] = useMutation(ActivateTierPolicyMutation);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [activated, setActivated] = useState(false);
  const draft = policy.status === 'DRAFT';

  async function onCopy() {
    setError(null);
    const result = await copy({ id: policy.id });
    if (result.error || !result.data) return setError(errorText(result.error, t));
    navigate(`/policies/${result.data.copyTierPolicy.id}`);
  }

  async function onActivate() {
    setError(null);
    const result = await activate({ id: policy.id });
    setConfirming(false);
    if (result.error) return setError(errorText(result.error, t));
    setActivated(true);
  }

  return (
    <div className="policy-actions">
      <div className="button-row">
        {draft && (
          <button type="button" className={`btn${simulating ? '' : ' btn-primary'}`} data-testid="simulate" onClick={onToggleSimulation} aria-expanded={simulating}>
            {simulating ? t('policies.hideSimulation') : t('policies.simulate')}
          </button>
        )}
        {draft && (
          <button type="button" className="btn btn-activate" data-testid="activate" disabled={activating || confirming} onClick={() => setConfirming(true)}>
            {t('policies.activate')}
          </button>
        )}
        <button type="button" className="btn" data-testid="copy-policy" disabled={copying} onClick={onCopy}>
          {copying ? t('policies.copying') : t('policies.copy')}
        </button>
      </div>
      {draft && unsaved && (
        <div className="notice notice-warn" role="status" data-testid="unsaved-draft">
          {t('policies.unsaved')}
        </div>
      )}
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="activate-title" aria-describedby="activate-body" data-testid="activate-dialog">
          <p id="activate-title" className="strong">
            {t('policies.activateConfirmTitle', { version: policy.version })}
          </p>
          <p id="activate-body">{t('policies.activateConfirmBody')}</p>
          <div className="button-row">
            <button type="button" className="btn btn-activate" data-testid="activate-confirm" disabled={activating} onClick={onActivate} autoFocus>
              {activating ? t('policies.activating') : t('policies.activateConfirm')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)} disabled={activating}>
              {t('policies.cancel')}
            </button>
          </div>
        </div>
      )}
      {activated && (
        <div className="notice notice-good" role="status" data-testid="activated">
          {t('policies.activated', { version: policy.version })}
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert" data-testid="policy-action-error">
          {error}
        </div>
      )}
    </div>
  );
}
