import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { apiErrors } from '../../shared/errors';
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

// Server errors we can say better in the person's language, keyed by "field:code".
// Anything else shows the server's own message, which is always human-readable.
const KNOWN_FIELD_ERRORS: Record<string, `form.errors.${keyof Messages['form']['errors']}`> = {
  'summary:BAD_USER_INPUT': 'form.errors.summary',
  'occurredAt:BAD_USER_INPUT': 'form.errors.occurredAt',
  'followUpOn:BAD_USER_INPUT': 'form.errors.followUpOn',
  'offeringId:BAD_USER_INPUT': 'form.errors.offeringId',
  'channel:BAD_USER_INPUT': 'form.errors.channel',
  'kind:BAD_USER_INPUT': 'form.errors.kind',
  'outcome:BAD_USER_INPUT': 'form.errors.outcome',
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
  const [values, setValues] = useState<ContactValues>(INITIAL);
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
    const result = await logContact({ input: { ...input, idempotencyKey: attempt.current.key } });

    if (result.error) {
      const errors = apiErrors(result.error);
      const onField = errors.find((x) => x.field && (CONTACT_FIELDS as readonly string[]).includes(x.field));
      if (errors.some((x) => x.reason === 'IDEMPOTENCY_KEY_REUSED')) {
        attempt.current = null; // the key belongs to another request: the next submission gets a new one
        setFormError(t('form.errors.keyReused'));
      } else if (errors.some((x) => x.field === 'completesFollowUpId')) setFormError(t('form.errors.completesFollowUpId'));
      else if (onField?.field) {
        const known = KNOWN_FIELD_ERRORS[`${onField.field}:${onField.code}`];
        setFieldErrors({ [onField.field]: known ? t(known) : onField.message });
      } else if (errors.some((x) => x.code === 'FORBIDDEN')) setFormError(t('form.errors.forbidden'));
      else if (errors.some((x) => x.code === 'NOT_FOUND')) setFormError(t('form.errors.notFound'));
      else if (result.error.networkError) setFormError(t('common.errorNetwork'));
      else setFormError(errors[0] && errors[0].code !== 'INTERNAL_SERVER_ERROR' ? errors[0].message : t('common.errorGeneric'));
      return;
    }

    attempt.current = null; // the next submission is a new contact, with a new key
    setValues((v) => ({ ...v, offeringId: '', summary: '', sentiment: '', occurredAt: '', followUpOn: '' }));
    setSaved(true);
    onSaved?.();
  }

  return { values, set, submit, fieldErrors, formError, saved, submitting: fetching };
}
