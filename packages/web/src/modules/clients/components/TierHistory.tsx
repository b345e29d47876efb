import { useTranslation } from 'react-i18next';
import { formatInt, formatLocalDate, formatMoney } from '../../../shared/format';
import type { TierChange } from '../hooks/useClientDetail';
import { TierBadge } from './ClientBadges';

/** Every tier change, newest first, with the figures and policy version it was decided on. */
export function TierHistory({ changes }: { changes: TierChange[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="tier-history-title">
      <h2 id="tier-history-title" className="card-title">
        {t('client.tierHistory')}
      </h2>
      {changes.length === 0 && <p className="muted">{t('client.tierHistoryEmpty')}</p>}
      <ol className="timeline" data-testid="tier-history">
        {changes.map((c) => (
          <li key={c.id} className="timeline-item">
            <div className="timeline-head">
              <span className="num timeline-date">{formatLocalDate(c.effectiveOn)}</span>
              <span className="tier-move">
                {c.fromTier ? <TierBadge tier={c.fromTier} /> : <span className="muted small">{t('client.newClient')}</span>}
                <span aria-hidden="true" className="arrow">
                  →
                </span>
                <TierBadge tier={c.toTier} />
              </span>
            </div>
            <div className="timeline-sub">
              <span>{t(`enums.reason.${c.reason}`)}</span>
              <span className="muted">{t('client.figures.policyVersion', { version: c.policyVersion })}</span>
              {c.changedBy && <span className="muted">{t('client.figures.changedBy', { name: c.changedBy.name })}</span>}
              {c.overrideUntil && <span className="muted">{t('client.figures.until', { day: c.overrideUntil })}</span>}
            </div>
            <dl className="figures">
              <div>
                <dt>{t('client.figures.avgAssets')}</dt>
                <dd className="num">{formatMoney(c.figures.avgAssets)}</dd>
              </div>
              <div>
                <dt>{t('client.figures.commission12m')}</dt>
                <dd className="num">{formatMoney(c.figures.commission12m)}</dd>
              </div>
              <div>
                <dt>{t('client.figures.windowDays')}</dt>
                <dd className="num">
                  {c.figures.windowDays != null ? t('client.figures.windowDaysValue', { count: c.figures.windowDays }) : t('common.none')}
                </dd>
              </div>
              {c.figures.points != null && (
                <div>
                  <dt>{t('client.figures.points')}</dt>
                  <dd className="num">{formatInt(c.figures.points)}</dd>
                </div>
              )}
            </dl>
            {c.note && <p className="timeline-note">{c.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
