import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps } from '../../../shared/ui/FieldError';
import { TIER_FIELDS, type FieldErrors, type PolicyValues, type TierField } from '../policyForm';
import type { PolicyFormActions } from '../hooks/usePolicyForm';

// money columns take decimals (typed with or without thousands separators), the rest text
const TIER_INPUT: Record<TierField, { inputMode?: 'decimal' | 'numeric'; className?: string }> = {
  code: { className: 'input-code' },
  nameZh: {},
  nameEn: {},
  minAvgAssets: { inputMode: 'decimal', className: 'num align-right' },
  minCommission12m: { inputMode: 'decimal', className: 'num align-right' },
  minPoints: { inputMode: 'numeric', className: 'num align-right' },
};

/** The tiers as editable rows, lowest first: list order is rank order. Inputs are named by the API's paths. */
export function TierRowsEditor({ values, errors, actions }: { values: PolicyValues; errors: FieldErrors; actions: PolicyFormActions }) {
  const { t } = useTranslation();
  const last = values.tiers.length - 1;
  return (
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
  );
}
