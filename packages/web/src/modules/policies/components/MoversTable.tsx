import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatInt, formatMoney } from '../../../shared/format';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Pager } from '../../../shared/ui/Pager';
import { TierBadge } from '../../clients/components/ClientBadges';
import { useMovers } from '../hooks/useSimulation';

/** The clients whose tier the draft would change, with the figures that decide it. */
export function MoversTable({ policyId, asOf }: { policyId: string; asOf: string | null }) {
  const { t } = useTranslation();
  const movers = useMovers(policyId, asOf);
  return (
    <section aria-labelledby="movers-title" className="sim-section">
      <h3 id="movers-title" className="section-title">
        {t('policies.sim.movers')}
        {movers.totalCount !== undefined && (
          <span className="page-count" data-testid="movers-total" data-count={movers.totalCount}>
            {' '}
            {t('policies.sim.moversTotal', { count: movers.totalCount })}
          </span>
        )}
      </h3>
      {movers.failed && movers.error && movers.totalCount === undefined ? (
        <ErrorMessage error={movers.error} onRetry={movers.retry} />
      ) : movers.totalCount === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : movers.rows.length === 0 ? (
        <p className="muted">{t('policies.sim.moversEmpty')}</p>
      ) : (
        <>
          <div className={`table-wrap table-flat${movers.stale ? ' is-stale' : ''}`}>
            <table className="data-table" data-testid="movers">
              <thead>
                <tr>
                  <th scope="col">{t('policies.sim.col.client')}</th>
                  <th scope="col">{t('policies.sim.col.move')}</th>
                  <th scope="col" className="align-right">
                    {t('policies.sim.col.avgAssets')}
                  </th>
                  <th scope="col" className="align-right">
                    {t('policies.sim.col.commission12m')}
                  </th>
                  <th scope="col" className="align-right">
                    {t('policies.sim.col.points')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {movers.rows.map((m) => (
                  <tr key={m.client.id} data-testid="mover-row">
                    <td>
                      <Link to={`/clients/${m.client.id}`} className="client-link">
                        {m.client.name}
                      </Link>{' '}
                      <span className="num muted small">{m.client.accountNo}</span>
                    </td>
                    <td>
                      <span className="tier-move">
                        {m.fromTier ? <TierBadge tier={m.fromTier} /> : <span className="muted small">{t('policies.sim.none')}</span>}
                        <span className="arrow" aria-hidden="true">
                          →
                        </span>
                        <TierBadge tier={m.toTier} />
                      </span>
                    </td>
                    <td className="num align-right">{formatMoney(m.avgAssets)}</td>
                    <td className="num align-right">{formatMoney(m.commission12m)}</td>
                    <td className="num align-right">{formatInt(m.points)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={movers.page} pages={movers.pages} hasPrev={movers.hasPrev} hasNext={movers.hasNext} onPrev={movers.prev} onNext={movers.next} />
        </>
      )}
    </section>
  );
}
