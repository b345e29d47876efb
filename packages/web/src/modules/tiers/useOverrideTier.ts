import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { apiErrors } from '../../shared/errors';
import { en, type Messages } from '../../app/locales/en';
import { OverrideClientTierMutation } from './tiers.graphql';

export interface OverrideValues {
  tierId: string;
  reason: string;
  until: string; // YYYY-MM-DD, Beijing calendar day
}
type ErrorKey = keyof Messages['override']['errors'];
const FIELDS = new Set(['tierId', 'reason', 'until']);
const KNOWN = new Set<string>(Object.keys(en.override.errors));

/** Setting a client's tier by hand until a date (MANUAL_OVERRIDE in the history). */
export function useOverrideTier(clientId: string) {
  const { t } = useTranslation();
  const [values, setValues] = useState<OverrideValues>({ tierId: '', reason: '', until: '' });
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
    const result = await override({ input: { clientId, tierId: values.tierId, reason: values.reason.trim(), until: values.until } });
    if (result.error) {
      const errs = apiErrors(result.error);
      const onFields = errs.filter((x) => x.field);
      if (onFields.length) {
        setErrors(
          Object.fromEntries(
            onFields.map((x) => {
              const field = x.field!.replace(/^input\./, '');
              return [FIELDS.has(field) ? field : x.field!, KNOWN.has(field) ? t(`override.errors.${field as ErrorKey}`) : x.message];
            }),
          ),
        );
      } else if (errs.some((x) => x.code === 'FORBIDDEN' || x.code === 'NOT_FOUND')) setFormError(t('override.errors.forbidden'));
      else if (result.error.networkError) setFormError(t('common.errorNetwork'));
      else setFormError(errs[0] && errs[0].code !== 'INTERNAL_SERVER_ERROR' ? errs[0].message : t('common.errorGeneric'));
      return;
    }
    setSaved(result.data?.overrideClientTier.overrideUntil ?? values.until);
    setValues({ tierId: '', reason: '', until: '' });
  }

  return { values, set, errors, formError, saved, submitting: fetching, submit };
}
