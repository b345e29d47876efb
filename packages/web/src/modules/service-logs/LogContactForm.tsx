import { useEffect, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CHANNELS, KINDS, OFFERING_CATEGORIES, OUTCOMES, SENTIMENTS } from '../../shared/enums';
import { localName } from '../../shared/languages';
import { formatLocalDate } from '../../shared/format';
import { ServiceOfferingsQuery } from './service-logs.graphql';
import { DraftRestored } from '../../shared/ui/DraftRestored';
import { useLogContact, type ContactField, type ContactValues } from './useLogContact';

/** A labelled control with its error right beneath it, tied together for screen readers. */
function Field({ name, label, hint, error, wide, children }: { name: ContactField; label: string; hint?: string; error?: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' has-error' : ''}`}>
      <label className="field-label" htmlFor={`lc-${name}`}>
        {label}
      </label>
      {children}
      {hint && <span className="field-hint">{hint}</span>}
      {error && (
        <p className="field-error" id={`lc-${name}-error`} data-testid={`error-${name}`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The open follow-up this contact completes, if the adviser came to complete one. */
export interface CompletingFollowUp {
  id: string;
  dueOn: string;
}

/**
 * Record one contact with the client (服务记录). Server validation shows next to its field.
 * With `completing`, the contact closes that follow-up; `onUnlink` drops the link.
 */
export function LogContactForm({ clientId, completing, onUnlink }: { clientId: string; completing?: CompletingFollowUp | null; onUnlink?: () => void }) {
  const { t, i18n } = useTranslation();
  const [{ data: catalogue }] = useQuery({ query: ServiceOfferingsQuery });
  const { values, set, submit, fieldErrors, formError, saved, submitting, draftRestored, dismissDraft } = useLogContact(clientId, completing?.id ?? null, onUnlink);
  const completingId = completing?.id;
  useEffect(() => {
    // arriving to complete a follow-up: the summary is the one thing left to write
    if (completingId) document.getElementById('lc-summary')?.focus();
  }, [completingId]);

  // common props for every control: name/id for tests and labels, error wiring for a11y
  const control = (name: ContactField) => ({
    id: `lc-${name}`,
    name,
    'aria-invalid': fieldErrors[name] ? true : undefined,
    'aria-describedby': fieldErrors[name] ? `lc-${name}-error` : undefined,
  });
  const onSelect = <F extends ContactField>(name: F) => (e: { target: { value: string } }) => set(name, e.target.value as ContactValues[F]);

  return (
    <section className="card log-contact" id="log-contact" aria-labelledby="log-contact-title">
      <h2 id="log-contact-title" className="card-title">
        {t('form.title')}
      </h2>
      {draftRestored && <DraftRestored onDismiss={dismissDraft} />}
      {/* noValidate: every rule is reported the same way, next to its field, by us or the server */}
      {completing && (
        <p className="notice" data-testid="completing-follow-up" data-follow-up-id={completing.id}>
          {t('form.completing', { day: formatLocalDate(completing.dueOn) })}{' '}
          <button type="button" className="btn" onClick={onUnlink}>
            {t('form.notCompleting')}
          </button>
        </p>
      )}
      <form data-testid="log-contact-form" className="form-grid" onSubmit={submit} noValidate>
        <Field name="channel" label={t('form.channel')} error={fieldErrors.channel}>
          <select {...control('channel')} value={values.channel} onChange={onSelect('channel')}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`enums.channel.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="kind" label={t('form.kind')} error={fieldErrors.kind}>
          <select {...control('kind')} value={values.kind} onChange={onSelect('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`enums.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="offeringId" label={t('form.offering')} error={fieldErrors.offeringId} wide>
          <select {...control('offeringId')} value={values.offeringId} onChange={onSelect('offeringId')}>
            <option value="">{t('form.noOffering')}</option>
            {OFFERING_CATEGORIES.map((category) => {
              const offerings = catalogue?.serviceOfferings.filter((o) => o.category === category) ?? [];
              return offerings.length === 0 ? null : (
                <optgroup key={category} label={t(`enums.category.${category}`)}>
                  {offerings.map((o) => (
                    <option key={o.id} value={o.id}>
                      {localName(o, i18n.resolvedLanguage)}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </Field>
        <Field name="summary" label={t('form.summary')} error={fieldErrors.summary} wide>
          <textarea
            {...control('summary')}
            rows={3}
            maxLength={2000}
            placeholder={t('form.summaryPlaceholder')}
            value={values.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        </Field>
        <Field name="outcome" label={t('form.outcome')} error={fieldErrors.outcome}>
          <select {...control('outcome')} value={values.outcome} onChange={onSelect('outcome')}>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`enums.outcome.${o}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="sentiment" label={t('form.sentiment')} error={fieldErrors.sentiment}>
          <select {...control('sentiment')} value={values.sentiment} onChange={onSelect('sentiment')}>
            <option value="">{t('form.noSentiment')}</option>
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {t(`enums.sentiment.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="occurredAt" label={t('form.occurredAt')} hint={t('form.occurredAtHint')} error={fieldErrors.occurredAt}>
          <input {...control('occurredAt')} type="datetime-local" value={values.occurredAt} onChange={(e) => set('occurredAt', e.target.value)} />
        </Field>
        <Field name="followUpOn" label={t('form.followUpOn')} error={fieldErrors.followUpOn}>
          <input {...control('followUpOn')} type="date" value={values.followUpOn} onChange={(e) => set('followUpOn', e.target.value)} />
        </Field>
        <div className="form-actions field-wide">
          <button type="submit" className="btn btn-primary" disabled={submitting}>
            {submitting ? t('form.submitting') : t('form.submit')}
          </button>
          {saved && (
            <span className="form-saved" role="status">
              {t('form.saved')}
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
