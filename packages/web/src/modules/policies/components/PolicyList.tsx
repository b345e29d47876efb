import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { TierBadge } from '../../clients/components/ClientBadges';
import type { PolicySummary } from '../hooks/usePolicy';
import { PolicyStatusBadge } from './PolicyStatusBadge';

/** Every version, newest first; the active one stands out. */
export function PolicyList({ policies }: { policies: PolicySummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="policy-list">
        <thead>
          <tr>
            <th scope="col">{t('policies.col.version')}</th>
            <th scope="col">{t('policies.col.name')}</th>
            <th scope="col">{t('policies.col.status')}</th>
            <th scope="col">{t('policies.col.tiers')}</th>
            <th scope="col">{t('policies.col.matchRule')}</th>
            <th scope="col">{t('policies.col.windowDays')}</th>
            <th scope="col">{t('policies.col.created')}</th>
            <th scope="col">{t('policies.col.activated')}</th>
          </tr>
        </thead>
        <tbody>
          {policies.map((p) => (
            <tr key={p.id} data-testid="policy-row" data-id={p.id} data-version={p.version} className={p.status === 'ACTIVE' ? 'row-active' : undefined}>
              <td className="num strong">
                <Link to={`/policies/${p.id}`}>{t('policies.version', { version: p.version })}</Link>
              </td>
              <td>
                <Link to={`/policies/${p.id}`} className="client-link">
                  {p.name}
                </Link>
              </td>
              <td>
                <PolicyStatusBadge status={p.status} />
              </td>
              <td>
                {[...p.tiers]
                  .sort((a, b) => a.rank - b.rank)
                  .map((tier) => (
                    <TierBadge key={tier.id} tier={tier} />
                  ))}
              </td>
              <td>{t(`policies.matchRuleShort.${p.matchRule}`)}</td>
              <td className="num">{t('policies.days', { count: p.windowDays })}</td>
              <td className="num">{formatDateTime(p.createdAt)}</td>
              <td className="num">{p.activatedAt ? formatDateTime(p.activatedAt) : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
