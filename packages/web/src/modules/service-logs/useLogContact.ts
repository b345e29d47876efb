import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { apiErrors, errorText, failureText, hasCode } from '../../shared/errors';
import { useFormDraft } from '../../shared/formDraft';
import { beijingLocalToIso } from '../../shared/format';
import type { Channel, Kind, Outcome, Sentiment } from '../../shared/enums';
import type { VariablesOf } from '../../shared/graphql';
import type { Messages } from '../../app/locales/en';
import { LogContactMutation } from './service-logs.graphql';
import { newIdempotencyKey } from '../../shared/idempotency';

export interface ContactValues {
  channel: Channel;
  kind: Kind;
  offeringId: string;
  summary: string;
  outcome: Outcome;
  sentiment: Sentiment | '';
  occurredAt: string; // datetime-local, Beijing wall time; empty = now
  followUpOn: string; // YYYY-MM-DD; empty = none
}
export type ContactField = keyof ContactValues;
export const CONTACT_FIELDS: readonly ContactField[] = ['channel', 'kind', 'offeringId', 'summary', 'outcome', 'sentiment', 'occurredAt', 'followUpOn'];

const INITIAL: ContactValues = {
  channel: 'PHONE',
  kind: 'ADVISORY',
  offeringId: '',
  summary: '',
  outcome: 'INFORMED',
  sentiment: '',
  occurredAt: '',
  followUpOn: '',
};

// The form's own sentence per field, used when the API names no rule (extensions.reason).
const FIELD_ERRORS: Partial<Record<ContactField, `form.errors.${keyof Messages['form']['errors']}`>> = {
  summary: 'form.errors.summary',
  occurredAt: 'form.errors.occurredAt',
  followUpOn: 'form.errors.followUpOn',
  offeringId: 'form.errors.offeringId',
  channel: 'form.errors.channel',
  kind: 'form.errors.kind',
  outcome: 'form.errors.outcome',
};

type Input = VariablesOf<typeof LogContactMutation>['input'];

function toInput(clientId: string, v: ContactValues, completesFollowUpId: string | null): Input {
  return {
    clientId,
    completesFollowUpId,
    channel: v.channel,
    kind: v.kind,
    offeringId: v.offeringId || null,
    summary: v.summary,
    outcome: v.outcome,
    sentiment: v.sentiment || null,
    occurredAt: v.occurredAt ? beijingLocalToIso(v.occurredAt) : null,
    followUpOn: v.followUpOn || null,
  };
}

/**
 * State and submission of the log-a-contact form. On any error everything typed stays;
 * on success only the per-contact fields clear. One idempotency key covers all retries
 * of the same submission (same input), so a retry after a lost response cannot log twice.
 */
export function useLogContact(clientId: string, completesFollowUpId: string | null = null, onSaved?: () => void) {
  const { t } = useTranslation();
  // what was typed survives a sign-in forced by an expired session (see useFormDraft)
  const draft = useFormDraft('log-contact', clientId, INITIAL);
  const [values, setValues] = useState<ContactValues>(() => draft.restored ?? INITIAL);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, logContact] = useMutation(LogContactMutation);
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);

  function set<F extends ContactField>(field: F, value: ContactValues[F]) {
    setValues((v) => ({ ...v, [field]: value }));
    setFieldErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    setSaved(false);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (fetching) return;
    setFormError(null);
    setSaved(false);
    if (!values.summary.trim()) {
      setFieldErrors({ summary: t('form.errors.summary') });
      return;
    }
    setFieldErrors({});

    const input = toInput(clientId, values, completesFollowUpId);
    const fingerprint = JSON.stringify(input);
    if (attempt.current?.fingerprint !== fingerprint) attempt.current = { fingerprint, key: newIdempotencyKey() };
    draft.stash(values);
    const result = await logContact({ input: { ...input, idempotencyKey: attempt.current.key } });

    if (result.error) {
      // signed out: the app is on its way to sign-in, and the draft waits for the return
      if (hasCode(result.error, 'UNAUTHENTICATED')) return;
      draft.clear(); // everything typed is still on screen
      const errors = apiErrors(result.error);
      const onField = errors.find((x) => x.field && (CONTACT_FIELDS as readonly string[]).includes(x.field));
      if (errors.some((x) => x.reason === 'IDEMPOTENCY_KEY_REUSED')) {
        attempt.current = null; // the key belongs to another request: the next submission gets a new one
        setFormError(errorText(t, errors.find((x) => x.reason === 'IDEMPOTENCY_KEY_REUSED')));
      } else if (errors.some((x) => x.field === 'completesFollowUpId')) setFormError(t('form.errors.completesFollowUpId'));
      else if (onField?.field) {
        const own = (field: string) => {
          const key = FIELD_ERRORS[field as ContactField];
          return key ? t(key) : undefined;
        };
        setFieldErrors({ [onField.field]: errorText(t, onField, own) });
      } else if (errors.some((x) => x.code === 'FORBIDDEN')) setFormError(t('form.errors.forbidden'));
      else if (errors.some((x) => x.code === 'NOT_FOUND')) setFormError(t('form.errors.notFound'));
      else setFormError(failureText(t, result.error));
      return;
    }

    attempt.current = null; // the next submission is a new contact, with a new key
    draft.clear();
    draft.dismissRestored();
    setValues((v) => ({ ...v, offeringId: '', summary: '', sentiment: '', occurredAt: '', followUpOn: '' }));
    setSaved(true);
    onSaved?.();
  }

  return { values, set, submit, fieldErrors, formError, saved, submitting: fetching, draftRestored: draft.showRestored, dismissDraft: draft.dismissRestored };
}
