import { useEffect } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MATCH_RULES, OFFERING_CATEGORIES, isOneOf } from '../../../shared/enums';
import { localName } from '../../../shared/languages';
import { ServiceOfferingsQuery } from '../../service-logs/service-logs.graphql';
import { POINTS_FIELDS, TIER_FIELDS, isPlacedPath, type TierField } from '../policyForm';
import { usePolicyForm } from '../hooks/usePolicyForm';
import type { PolicyDetail } from '../hooks/usePolicy';
import { FieldError, invalidProps } from '../../../shared/ui/FieldError';

// money columns take decimals (typed with or without thousands separators), the rest text
const TIER_INPUT: Record<TierField, { inputMode?: 'decimal' | 'numeric'; className?: string }> = {
  code: { className: 'input-code' },
  nameZh: {},
  nameEn: {},
  minAvgAssets: { inputMode: 'decimal', className: 'num align-right' },
  minCommission12m: { inputMode: 'decimal', className: 'num align-right' },
  minPoints: { inputMode: 'numeric', className: 'num align-right' },
};

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
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const [{ data: catalogue }] = useQuery({ query: ServiceOfferingsQuery });
  const { values, errors, formError, saved, dirty, saving, actions, submit } = usePolicyForm(policy, onCreated);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const unplaced = Object.keys(errors).filter((p) => !isPlacedPath(p, values));
  const last = values.tiers.length - 1;

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

        <fieldset className="form-section">
          <legend>{t('policies.tiers')}</legend>
          <p className="field-hint">{t('policies.tiersHint')}</p>
          <FieldError path="tiers" errors={errors} />
          <div className="table-wrap table-flat">
            <table className="data-table edit-table" data-testid="tier-rows">
              <thead>
                <tr>
                  <th scope="col">{t('policies.tier.rank')}</th>
                  {TIER_FIELDS.map((f) => (
                    <th key={f} scope="col" className={TIER_INPUT[f].inputMode ? 'align-right' : undefined}>
                      {t(`policies.tier.${f}`)}
                    </th>
                  ))}
                  <th scope="col" aria-label={t('policies.form.remove')} />
                </tr>
              </thead>
              <tbody>
                {values.tiers.map((row, i) => (
                  <tr key={row.key} data-testid="tier-row">
                    <td className="num rank-cell">
                      <span className="strong">{i + 1}</span>
                      {last > 0 && (i === 0 || i === last) && (
                        <span className="muted small"> {i === 0 ? t('policies.form.lowest') : t('policies.form.highest')}</span>
                      )}
                    </td>
                    {TIER_FIELDS.map((f) => {
                      const path = `tiers.${i}.${f}`;
                      return (
                        <td key={f} className={errors[path] ? 'has-error' : undefined}>
                          <input
                            name={path}
                            aria-label={`${t(`policies.tier.${f}`)} ${i + 1}`}
                            value={row[f]}
                            inputMode={TIER_INPUT[f].inputMode}
                            className={TIER_INPUT[f].className}
                            onChange={(e) => actions.setTier(i, f, e.target.value)}
                            {...invalidProps(path, errors)}
                          />
                          <FieldError path={path} errors={errors} />
                        </td>
                      );
                    })}
                    <td className="row-actions">
                      <button type="button" className="btn btn-icon" title={t('policies.form.moveUp')} aria-label={t('policies.form.moveUp')} disabled={i === 0} onClick={() => actions.moveTier(i, -1)}>
                        ↑
                      </button>
                      <button type="button" className="btn btn-icon" title={t('policies.form.moveDown')} aria-label={t('policies.form.moveDown')} disabled={i === last} onClick={() => actions.moveTier(i, 1)}>
                        ↓
                      </button>
                      <button type="button" className="btn btn-icon btn-danger" title={t('policies.form.remove')} aria-label={t('policies.form.remove')} onClick={() => actions.removeTier(i)}>
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="btn btn-small" data-testid="add-tier" onClick={actions.addTier}>
            + {t('policies.form.addTier')}
          </button>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('policies.entitlements')}</legend>
          <FieldError path="entitlements" errors={errors} />
          {values.entitlements.length > 0 && (
            <div className="table-wrap table-flat">
              <table className="data-table edit-table" data-testid="entitlement-rows">
                <thead>
                  <tr>
                    <th scope="col">{t('policies.form.entitlementTier')}</th>
                    <th scope="col">{t('policies.form.entitlementOffering')}</th>
                    <th scope="col" className="align-right">
                      {t('policies.form.everyDays')}
                    </th>
                    <th scope="col" aria-label={t('policies.form.remove')} />
                  </tr>
                </thead>
                <tbody>
                  {values.entitlements.map((row, i) => (
                    <tr key={row.key} data-testid="entitlement-row">
                      <td className={errors[`entitlements.${i}.tierCode`] ? 'has-error' : undefined}>
                        <select
                          name={`entitlements.${i}.tierCode`}
                          aria-label={`${t('policies.form.entitlementTier')} ${i + 1}`}
                          value={row.tierKey}
                          onChange={(e) => actions.setEntitlement(i, 'tierKey', e.target.value)}
                          {...invalidProps(`entitlements.${i}.tierCode`, errors)}
                        >
                          <option value="">{t('policies.form.chooseTier')}</option>
                          {values.tiers.map((tier, r) => (
                            <option key={tier.key} value={tier.key}>
                              {r + 1} · {tier.code || t('policies.form.unnamedTier')} {localName(tier, lng)}
                            </option>
                          ))}
                        </select>
                        <FieldError path={`entitlements.${i}.tierCode`} errors={errors} />
                      </td>
                      <td className={errors[`entitlements.${i}.offeringCode`] ? 'has-error' : undefined}>
                        <select
                          name={`entitlements.${i}.offeringCode`}
                          aria-label={`${t('policies.form.entitlementOffering')} ${i + 1}`}
                          value={row.offeringCode}
                          onChange={(e) => actions.setEntitlement(i, 'offeringCode', e.target.value)}
                          {...invalidProps(`entitlements.${i}.offeringCode`, errors)}
                        >
                          <option value="">{t('policies.form.chooseOffering')}</option>
                          {OFFERING_CATEGORIES.map((category) => {
                            const offerings = catalogue?.serviceOfferings.filter((o) => o.category === category) ?? [];
                            return offerings.length === 0 ? null : (
                              <optgroup key={category} label={t(`enums.category.${category}`)}>
                                {offerings.map((o) => (
                                  <option key={o.code} value={o.code}>
                                    {localName(o, lng)}
                                  </option>
                                ))}
                              </optgroup>
                            );
                          })}
                          {/* an offering retired from the catalogue since the draft was made still shows */}
                          {row.offeringCode && catalogue && !catalogue.serviceOfferings.some((o) => o.code === row.offeringCode) && (
                            <option value={row.offeringCode}>{row.offeringCode}</option>
                          )}
                        </select>
                        <FieldError path={`entitlements.${i}.offeringCode`} errors={errors} />
                      </td>
                      <td className={`cell-narrow${errors[`entitlements.${i}.everyDays`] ? ' has-error' : ''}`}>
                        <input
                          name={`entitlements.${i}.everyDays`}
                          aria-label={`${t('policies.form.everyDays')} ${i + 1}`}
                          inputMode="numeric"
                          className="num align-right"
                          value={row.everyDays}
                          onChange={(e) => actions.setEntitlement(i, 'everyDays', e.target.value)}
                          {...invalidProps(`entitlements.${i}.everyDays`, errors)}
                        />
                        <FieldError path={`entitlements.${i}.everyDays`} errors={errors} />
                      </td>
                      <td className="row-actions">
                        <button type="button" className="btn btn-icon btn-danger" title={t('policies.form.remove')} aria-label={t('policies.form.remove')} onClick={() => actions.removeEntitlement(i)}>
                          ✕
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <button type="button" className="btn btn-small" data-testid="add-entitlement" onClick={actions.addEntitlement} disabled={values.tiers.length === 0}>
            + {t('policies.form.addEntitlement')}
          </button>
        </fieldset>

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
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? t('policies.form.saving') : policy ? t('policies.form.save') : t('policies.form.create')}
          </button>
          {saved && (
            <span className="form-saved" role="status">
              {t('policies.form.saved')}
            </span>
          )}
          {formError && (
            <span className="form-error" role="alert">
              {formError}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
