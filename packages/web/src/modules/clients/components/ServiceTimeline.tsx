import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLocalDate } from '../../../shared/format';
import { localName } from '../../../shared/languages';
import { Badge, type BadgeTone } from '../../../shared/ui/Badge';
import type { ServiceLogEntry } from '../hooks/useClientDetail';

const OUTCOME_TONE: Record<ServiceLogEntry['outcome'], BadgeTone> = {
  RESOLVED: 'good',
  INFORMED: 'neutral',
  NEEDS_FOLLOW_UP: 'warn',
  NO_ANSWER: 'neutral',
  COMPLAINT: 'bad',
};
const SENTIMENT_TONE: Record<NonNullable<ServiceLogEntry['sentiment']>, BadgeTone> = {
  POSITIVE: 'good',
  NEUTRAL: 'neutral',
  NEGATIVE: 'bad',
};

/** The service log, newest first, as the API returns it. */
export function ServiceTimeline({ entries }: { entries: ServiceLogEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="service-timeline-title">
      <h2 id="service-timeline-title" className="card-title">
        {t('client.serviceTimeline')}
      </h2>
      {entries.length === 0 && <p className="muted">{t('client.serviceTimelineEmpty')}</p>}
      <ol className="timeline" data-testid="service-timeline">
        {entries.map((e) => (
          <li key={e.id} className="timeline-item" data-id={e.id}>
            <div className="timeline-head">
              <time className="num timeline-date" dateTime={e.occurredAt}>
                {formatDateTime(e.occurredAt)}
              </time>
              <Badge tone="info">{t(`enums.channel.${e.channel}`)}</Badge>
              <span className="timeline-kind">{t(`enums.kind.${e.kind}`)}</span>
              {e.offering && <span className="muted">· {localName(e.offering, i18n.resolvedLanguage)}</span>}
            </div>
            <p className="timeline-summary">{e.summary}</p>
            <div className="timeline-sub">
              <Badge tone={OUTCOME_TONE[e.outcome]}>{t(`enums.outcome.${e.outcome}`)}</Badge>
              {e.sentiment && <Badge tone={SENTIMENT_TONE[e.sentiment]}>{t(`enums.sentiment.${e.sentiment}`)}</Badge>}
              {e.followUpOn && <span className="follow-up">{t('client.followUpOn', { day: formatLocalDate(e.followUpOn) })}</span>}
              <span className="muted">{t('client.by', { name: e.adviser.name })}</span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
