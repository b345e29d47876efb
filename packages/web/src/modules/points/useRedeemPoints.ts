import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { apiErrors, errorText, failureText } from '../../shared/errors';
import { newIdempotencyKey } from '../../shared/idempotency';
import { RedeemPointsMutation } from './points.graphql';

/**
 * Redeeming an offering for points. One idempotency key covers every retry of the same
 * redemption (same offering) until it succeeds, so a retry after a lost answer cannot spend
 * twice; the next redemption gets a new key. Errors are keyed by extensions.field.
 */
export function useRedeemPoints(clientId: string) {
  const { t } = useTranslation();
  const [offeringId, setOfferingIdState] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [redeemed, setRedeemed] = useState<{ offeringId: string; points: number } | null>(null);
  const [{ fetching }, redeem] = useMutation(RedeemPointsMutation);
  const attempt = useRef<{ offeringId: string; key: string } | null>(null);

  function setOfferingId(id: string) {
    setOfferingIdState(id);
    setErrors({});
    setFormError(null);
    setRedeemed(null);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (fetching) return;
    setFormError(null);
    setRedeemed(null);
    if (!offeringId) {
      setErrors({ offeringId: t('points.errors.offeringId') });
      return;
    }
    setErrors({});
    if (attempt.current?.offeringId !== offeringId) attempt.current = { offeringId, key: newIdempotencyKey() };
    const result = await redeem({ input: { clientId, offeringId, idempotencyKey: attempt.current.key } });
    if (result.error) {
      const errs = apiErrors(result.error);
      const onFields = errs.filter((x) => x.field);
      if (onFields.length) {
        const own = (field: string) => (field === 'offeringId' ? t('points.errors.offeringId') : undefined);
        setErrors(
          Object.fromEntries(
            onFields.map((x) => [x.field!, x.reason === 'INSUFFICIENT_POINTS' ? t('points.errors.insufficient') : errorText(t, x, own)]),
          ),
        );
      } else if (errs.some((x) => x.code === 'FORBIDDEN' || x.code === 'NOT_FOUND')) setFormError(t('points.errors.forbidden'));
      else setFormError(failureText(t, result.error));
      return;
    }
    attempt.current = null;
    setRedeemed({ offeringId, points: -(result.data?.redeemPoints.delta ?? 0) });
    setOfferingIdState('');
  }

  return { offeringId, setOfferingId, errors, formError, redeemed, submitting: fetching, submit };
}
