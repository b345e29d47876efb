import { useTranslation } from 'react-i18next';
import { formatDayOf, formatLocalDate } from '../../../shared/format';
import { ServiceLevelBadge } from '../../service/ServiceLevelBadge';
import type { OpenFollowUp } from '../hooks/useClientDetail';

/** The client's open follow-ups, soonest first; each can be completed by logging a contact. */
export function FollowUpsCard({ followUps, onComplete }: { followUps: OpenFollowUp[]; onComplete?: (f: OpenFollowUp) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="follow-ups-title" data-testid="follow-ups">
      <h2 id="follow-ups-title" className="card-title">
        {t('client.followUps')}
      </h2>
      {followUps.length === 0 ? (
        <p className="muted">{t('client.followUpsEmpty')}</p>
      ) : (
        <ul className="timeline">
          {followUps.map((f) => (
            <li key={f.id} className="timeline-item" data-testid="follow-up" data-id={f.id} data-status={f.dueStatus ?? undefined}>
              <div className="timeline-head">
                <span className="num">{formatLocalDate(f.dueOn)}</span>
                {/* UPCOMING is on track as far as the adviser's day goes */}
                <ServiceLevelBadge status={f.dueStatus === 'UPCOMING' || !f.dueStatus ? 'ON_TRACK' : f.dueStatus} daysOverdue={f.daysOverdue} />
              </div>
              <p className="timeline-summary">{f.serviceLog.summary}</p>
              <Reschedules followUp={f} />
              <div className="timeline-sub">
                <span className="muted">{t('client.followUpFrom', { day: formatDayOf(f.serviceLog.occurredAt) })}</span>
                {onComplete && (
                  <button type="button" className="btn" data-testid="complete-follow-up" onClick={() => onComplete(f)}>
                    {t('client.completeFollowUp')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Each move of the follow-up (from which day to which, why, who, when), oldest first, folded away. */
function Reschedules({ followUp }: { followUp: OpenFollowUp }) {
  const { t } = useTranslation();
  const moves = followUp.history.filter((e) => e.kind === 'RESCHEDULED');
  if (moves.length === 0) return null;
  return (
    <details className="follow-up-history" data-testid="follow-up-history">
      <summary className="muted">{t('client.followUpMoved', { count: moves.length })}</summary>
      <ol className="follow-up-moves">
        {moves.map((e) => (
          <li key={e.id} data-testid="follow-up-move">
            <span className="num">
              {formatLocalDate(e.fromDueOn)} → {formatLocalDate(e.toDueOn)}
            </span>
            {e.reason && <span className="follow-up-reason">{e.reason}</span>}
            <span className="muted">{t('client.followUpMovedBy', { name: e.actor.name, day: formatDayOf(e.occurredAt) })}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
