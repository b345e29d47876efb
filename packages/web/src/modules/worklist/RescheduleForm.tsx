import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { apiErrors } from '../../shared/errors';
import { RescheduleFollowUpMutation } from './worklist.graphql';

/** Move a follow-up to another day with a reason (both kept in its history). */
export function RescheduleForm({ followUpId, dueOn, onDone }: { followUpId: string; dueOn: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(dueOn);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: 'dueOn' | 'reason' | null; message: string } | null>(null);
  const [{ fetching }, reschedule] = useMutation(RescheduleFollowUpMutation);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (fetching) return;
    if (!reason.trim()) return setError({ field: 'reason', message: t('worklist.errors.reason') });
    const result = await reschedule({ id: followUpId, dueOn: day, reason });
    if (!result.error) return onDone();
    const errors = apiErrors(result.error);
    if (errors.some((x) => x.field === 'dueOn')) setError({ field: 'dueOn', message: t('worklist.errors.dueOn') });
    else if (errors.some((x) => x.field === 'reason')) setError({ field: 'reason', message: t('worklist.errors.reason') });
    else if (errors.some((x) => x.reason === 'FOLLOW_UP_CLOSED')) setError({ field: null, message: t('worklist.errors.closed') });
    else setError({ field: null, message: result.error.networkError ? t('common.errorNetwork') : t('common.errorGeneric') });
  }

  return (
    <form className="reschedule-form" data-testid="reschedule-form" onSubmit={submit} noValidate aria-label={t('worklist.rescheduleTitle')}>
      <label className="field-label" htmlFor={`rs-day-${followUpId}`}>
        {t('worklist.newDueOn')}
      </label>
      <input id={`rs-day-${followUpId}`} name="dueOn" type="date" value={day} aria-invalid={error?.field === 'dueOn' || undefined} onChange={(e) => setDay(e.target.value)} />
      <label className="field-label" htmlFor={`rs-reason-${followUpId}`}>
        {t('worklist.reason')}
      </label>
      <input id={`rs-reason-${followUpId}`} name="reason" maxLength={500} value={reason} aria-invalid={error?.field === 'reason' || undefined} onChange={(e) => setReason(e.target.value)} />
      {error && (
        <p className="field-error" role="alert" data-testid="reschedule-error">
          {error.message}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {t('worklist.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('worklist.cancel')}
        </button>
      </div>
    </form>
  );
}
