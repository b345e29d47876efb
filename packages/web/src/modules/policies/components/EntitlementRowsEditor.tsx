import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { OFFERING_CATEGORIES } from '../../../shared/enums';
import { localName } from '../../../shared/languages';
import { FieldError, invalidProps } from '../../../shared/ui/FieldError';
import { ServiceOfferingsQuery } from '../../service-logs/service-logs.graphql';
import type { FieldErrors, PolicyValues } from '../policyForm';
import type { PolicyFormActions } from '../hooks/usePolicyForm';

/** Tier × offering × every N days. A row follows its tier through renames; removing the tier removes it. */
export function EntitlementRowsEditor({ values, errors, actions }: { values: PolicyValues; errors: FieldErrors; actions: PolicyFormActions }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const [{ data: catalogue }] = useQuery({ query: ServiceOfferingsQuery });
  return (
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
  );
}
