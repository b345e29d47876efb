import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MATCH_RULES, isOneOf } from '../../../shared/enums';
import { POINTS_FIELDS, isPlacedPath } from '../policyForm';
import { usePolicyForm } from '../hooks/usePolicyForm';
import type { PolicyDetail } from '../hooks/usePolicy';
import { FieldError, invalidProps } from '../../../shared/ui/FieldError';
import { FormActions } from '../../../shared/ui/FormActions';
import { EntitlementRowsEditor } from './EntitlementRowsEditor';
import { TierRowsEditor } from './TierRowsEditor';

/**
 * The editor of a DRAFT policy (or of a new one when `policy` is null). Tiers are listed
 * lowest first, which is also their rank order in the saved policy.
 */
export function PolicyForm({
  policy,
  onCreated,
  onDirtyChange,
}: {
  policy: PolicyDetail | null;
  onCreated: (id: string) => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { values, errors, formError, saved, dirty, saving, actions, submit } = usePolicyForm(policy, onCreated);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const unplaced = Object.keys(errors).filter((p) => !isPlacedPath(p, values));

  return (
    <section className="card" aria-labelledby="policy-form-title">
      <h2 id="policy-form-title" className="card-title">
        {policy ? t('policies.form.titleEdit') : t('policies.form.titleNew')}
      </h2>
      <form data-testid="policy-form" className="policy-form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <div className={`field field-wide${errors.name ? ' has-error' : ''}`}>
            <label className="field-label" htmlFor="pf-name">
              {t('policies.form.name')}
            </label>
            <input id="pf-name" name="name" value={values.name} maxLength={200} onChange={(e) => actions.setField('name', e.target.value)} {...invalidProps('name', errors)} />
            <FieldError path="name" errors={errors} />
          </div>
          <div className="field field-wide">
            <label className="field-label" htmlFor="pf-matchRule">
              {t('policies.form.matchRule')}
            </label>
            <select
              id="pf-matchRule"
              name="matchRule"
              value={values.matchRule}
              onChange={(e) => isOneOf(MATCH_RULES, e.target.value) && actions.setField('matchRule', e.target.value)}
              {...invalidProps('matchRule', errors)}
            >
              {MATCH_RULES.map((r) => (
                <option key={r} value={r}>
                  {t(`policies.matchRule.${r}`)}
                </option>
              ))}
            </select>
            <FieldError path="matchRule" errors={errors} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="pf-windowDays">
              {t('policies.form.windowDays')}
            </label>
            <input
              id="pf-windowDays"
              name="windowDays"
              inputMode="numeric"
              className="num"
              value={values.windowDays}
              onChange={(e) => actions.setField('windowDays', e.target.value)}
              {...invalidProps('windowDays', errors)}
            />
            <FieldError path="windowDays" errors={errors} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="pf-downgradeAfter">
              {t('policies.form.downgradeAfter')}
            </label>
            <input
              id="pf-downgradeAfter"
              name="downgradeAfter"
              inputMode="numeric"
              className="num"
              value={values.downgradeAfter}
              onChange={(e) => actions.setField('downgradeAfter', e.target.value)}
              {...invalidProps('downgradeAfter', errors)}
            />
            <FieldError path="downgradeAfter" errors={errors} />
          </div>
        </div>

        <TierRowsEditor values={values} errors={errors} actions={actions} />
        <EntitlementRowsEditor values={values} errors={errors} actions={actions} />

        <fieldset className="form-section">
          <legend>{t('policies.pointsRule')}</legend>
          <FieldError path="pointsRule" errors={errors} />
          <div className="form-grid">
            {POINTS_FIELDS.map((f) => {
              const path = `pointsRule.${f}`;
              return (
                <div key={f} className={`field${errors[path] ? ' has-error' : ''}`}>
                  <label className="field-label" htmlFor={`pf-${f}`}>
                    {t(`policies.points.${f}`)}
                  </label>
                  <input
                    id={`pf-${f}`}
                    name={path}
                    inputMode="numeric"
                    className="num"
                    value={values.pointsRule[f]}
                    onChange={(e) => actions.setPoints(f, e.target.value)}
                    {...invalidProps(path, errors)}
                  />
                  <FieldError path={path} errors={errors} />
                </div>
              );
            })}
          </div>
        </fieldset>

        {unplaced.map((path) => (
          <FieldError key={path} path={path} errors={errors} />
        ))}
        <FormActions
          busy={saving}
          label={saving ? t('policies.form.saving') : policy ? t('policies.form.save') : t('policies.form.create')}
          saved={saved ? t('policies.form.saved') : null}
          formError={formError}
        />
      </form>
    </section>
  );
}
