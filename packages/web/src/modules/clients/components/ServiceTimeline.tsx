import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLocalDate } from '../../../shared/format';
import { localName } from '../../../shared/languages';
import { Badge, type BadgeTone } from '../../../shared/ui/Badge';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { useTimelinePage, type ServiceLogEntry } from '../hooks/useTimeline';

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

function TimelineEntry({ e }: { e: ServiceLogEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="timeline-item" data-id={e.id}>
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
  );
}

function ShowMore({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <li className="timeline-more">
      <button type="button" className="btn" data-testid="timeline-more" onClick={onClick}>
        {t('client.showMore')}
      </button>
    </li>
  );
}

/**
 * The pages after the first, each asked for after the live end of the page before it, so a
 * contact logged meanwhile (it lands on page one) shifts nothing out of sight.
 */
function LaterPages({ clientId, after, pages, onMore }: { clientId: string; after: string; pages: number; onMore: () => void }) {
  const page = useTimelinePage(clientId, after);
  if (!page.connection) return page.error ? <li><ErrorMessage error={page.error} onRetry={page.retry} /></li> : null;
  const { edges, pageInfo } = page.connection;
  return (
    <>
      {edges.map(({ node }) => (
        <TimelineEntry key={node.id} e={node} />
      ))}
      {pageInfo.hasNextPage && pageInfo.endCursor && (pages > 1 ? <LaterPages clientId={clientId} after={pageInfo.endCursor} pages={pages - 1} onMore={onMore} /> : <ShowMore onClick={onMore} />)}
    </>
  );
}

/** The service log, newest first, a page at a time, with how many contacts there are in all. */
export function ServiceTimeline({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const first = useTimelinePage(clientId, null);
  const [later, setLater] = useState(0);
  const connection = first.connection;
  return (
    <section className="card" aria-labelledby="service-timeline-title">
      <h2 id="service-timeline-title" className="card-title">
        {t('client.serviceTimeline')}
        {connection && (
          <span className="muted small" data-testid="timeline-total" data-count={connection.totalCount}>
            {' · '}
            {t('client.serviceTimelineTotal', { count: connection.totalCount })}
          </span>
        )}
      </h2>
      {first.error && !connection && <ErrorMessage error={first.error} onRetry={first.retry} />}
      {connection?.totalCount === 0 && <p className="muted">{t('client.serviceTimelineEmpty')}</p>}
      <ol className="timeline" data-testid="service-timeline">
        {connection?.edges.map(({ node }) => (
          <TimelineEntry key={node.id} e={node} />
        ))}
        {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor &&
          (later > 0 ? (
            <LaterPages clientId={clientId} after={connection.pageInfo.endCursor} pages={later} onMore={() => setLater((n) => n + 1)} />
          ) : (
            <ShowMore onClick={() => setLater(1)} />
          ))}
      </ol>
    </section>
  );
}
