import { useTranslation } from 'react-i18next';
import { addDays, todayInBeijing } from '../../shared/format';
import { localName } from '../../shared/languages';
import { FieldError, invalidProps } from '../../shared/ui/FieldError';
import { FormActions } from '../../shared/ui/FormActions';
import { DraftRestored } from '../../shared/ui/DraftRestored';
import { useActiveTiers } from '../clients/hooks/useBook';
import { useOverrideTier } from './useOverrideTier';

/** A manager (own branch) or head office sets the tier by hand, with a reason and an end date. */
export function OverrideTierForm({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const tiers = useActiveTiers();
  const { values, set, errors, formError, saved, submitting, submit, draftRestored, dismissDraft } = useOverrideTier(clientId);
  const otherErrors = Object.keys(errors).filter((f) => errors[f] && !['tierId', 'reason', 'until'].includes(f));

  return (
    <section className="card" aria-labelledby="override-title">
      <h2 id="override-title" className="card-title">
        {t('override.title')}
      </h2>
      <p className="field-hint">{t('override.hint')}</p>
      {draftRestored && <DraftRestored onDismiss={dismissDraft} />}
      <form data-testid="override-form" className="stack-form" onSubmit={submit} noValidate>
        <div className={`field${errors.tierId ? ' has-error' : ''}`}>
          <label className="field-label" htmlFor="ov-tierId">
            {t('override.tier')}
          </label>
          <select id="ov-tierId" name="tierId" value={values.tierId} onChange={(e) => set('tierId', e.target.value)} {...invalidProps('tierId', errors)}>
            <option value="">{t('override.chooseTier')}</option>
            {[...tiers]
              .sort((a, b) => b.rank - a.rank)
              .map((tier) => (
                <option key={tier.id} value={tier.id}>
                  {localName(tier, i18n.resolvedLanguage)} ({tier.code})
                </option>
              ))}
          </select>
          <FieldError path="tierId" errors={errors} />
        </div>
        <div className={`field${errors.reason ? ' has-error' : ''}`}>
          <label className="field-label" htmlFor="ov-reason">
            {t('override.reason')}
          </label>
          <input
            id="ov-reason"
            name="reason"
            maxLength={500}
            placeholder={t('override.reasonPlaceholder')}
            value={values.reason}
            onChange={(e) => set('reason', e.target.value)}
            {...invalidProps('reason', errors)}
          />
          <FieldError path="reason" errors={errors} />
        </div>
        <div className={`field${errors.until ? ' has-error' : ''}`}>
          <label className="field-label" htmlFor="ov-until">
            {t('override.until')}
          </label>
          <input
            id="ov-until"
            name="until"
            type="date"
            min={addDays(todayInBeijing(), 1)}
            value={values.until}
            onChange={(e) => set('until', e.target.value)}
            {...invalidProps('until', errors)}
          />
          <FieldError path="until" errors={errors} />
        </div>
        {otherErrors.map((f) => (
          <FieldError key={f} path={f} errors={errors} />
        ))}
        <FormActions
          busy={submitting}
          label={submitting ? t('override.submitting') : t('override.submit')}
          saved={saved ? t('override.saved', { day: saved }) : null}
          formError={formError}
        />
      </form>
    </section>
  );
}
