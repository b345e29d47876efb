import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { apiErrors, errorText, failureText, hasCode } from '../../shared/errors';
import { useFormDraft } from '../../shared/formDraft';
import type { Messages } from '../../app/locales/en';
import { OverrideClientTierMutation } from './tiers.graphql';

export interface OverrideValues {
  tierId: string;
  reason: string;
  until: string; // YYYY-MM-DD, Beijing calendar day
}
type ErrorKey = keyof Messages['override']['errors'];
const FIELDS = new Set(['tierId', 'reason', 'until']);

/** Setting a client's tier by hand until a date (MANUAL_OVERRIDE in the history). */
export function useOverrideTier(clientId: string) {
  const { t } = useTranslation();
  const draft = useFormDraft<OverrideValues>('override-tier', clientId, { tierId: '', reason: '', until: '' });
  const [values, setValues] = useState<OverrideValues>(() => draft.restored ?? { tierId: '', reason: '', until: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, override] = useMutation(OverrideClientTierMutation);

  function set(field: keyof OverrideValues, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: '' } : e));
    setSaved(null);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (fetching) return;
    setFormError(null);
    setSaved(null);
    if (!values.tierId) {
      setErrors({ tierId: t('override.errors.tierId') });
      return;
    }
    setErrors({});
    // reason and until are checked by the API (empty reason, a past date), answered by field
    draft.stash(values);
    const result = await override({ input: { clientId, tierId: values.tierId, reason: values.reason.trim(), until: values.until } });
    if (result.error && hasCode(result.error, 'UNAUTHENTICATED')) return; // kept for after sign-in
    draft.clear();
    if (result.error) {
      const errs = apiErrors(result.error);
      const onFields = errs.filter((x) => x.field);
      if (onFields.length) {
        setErrors(
          Object.fromEntries(
            onFields.map((x) => {
              const field = x.field!.replace(/^input\./, '');
              const own = () => (i18n.exists(`override.errors.${field}`) ? t(`override.errors.${field as ErrorKey}`) : undefined);
              return [FIELDS.has(field) ? field : x.field!, errorText(t, x, own)];
            }),
          ),
        );
      } else if (errs.some((x) => x.code === 'FORBIDDEN' || x.code === 'NOT_FOUND')) setFormError(t('override.errors.forbidden'));
      else setFormError(failureText(t, result.error));
      return;
    }
    setSaved(result.data?.overrideClientTier.overrideUntil ?? values.until);
    setValues({ tierId: '', reason: '', until: '' });
    draft.dismissRestored();
  }

  return { values, set, errors, formError, saved, submitting: fetching, submit, draftRestored: draft.showRestored, dismissDraft: draft.dismissRestored };
}
