import { useTranslation } from 'react-i18next';
import { formatInt, formatMoney, formatMoneyCompact } from '../../../shared/format';
import { isChinese } from '../../../shared/languages';
import { TierBadge } from '../../clients/components/ClientBadges';
import { pairTotals } from '../simulation';
import type { Simulation } from '../hooks/useSimulation';

type Totals = Simulation['before'][number];

function Delta({ before, after }: { before: number; after: number }) {
  const d = after - before;
  if (d === 0) return <span className="delta delta-zero">±0</span>;
  return <span className={`delta ${d > 0 ? 'delta-up' : 'delta-down'}`}>{d > 0 ? `+${formatInt(d)}` : `−${formatInt(-d)}`}</span>;
}

function Money({ value, zh }: { value: string | undefined; zh: boolean }) {
  return (
    <span className="num" title={value ? formatMoney(value) : undefined}>
      {value ? formatMoneyCompact(value, zh) : '—'}
    </span>
  );
}

/** Clients, assets and 12-month revenue per tier: today's tiers against the draft's. */
export function TierTotalsTable({ simulation }: { simulation: Simulation }) {
  const { t, i18n } = useTranslation();
  const zh = isChinese(i18n.resolvedLanguage);
  const rows = pairTotals<Totals>(simulation.before, simulation.after);
  return (
    <div className="table-wrap table-flat">
      <table className="data-table totals-table" data-testid="tier-totals">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('book.col.tier')}
            </th>
            <th scope="colgroup" colSpan={3} className="align-center group-head">
              {t('policies.sim.clients')}
            </th>
            <th scope="colgroup" colSpan={2} className="align-center group-head">
              {t('policies.sim.assets')}
            </th>
            <th scope="colgroup" colSpan={2} className="align-center group-head">
              {t('policies.sim.revenue')}
            </th>
          </tr>
          <tr>
            {['clients', 'assets', 'revenue'].flatMap((g) =>
              [
                <th key={`${g}-b`} scope="col" className="align-right">
                  {t('policies.sim.before')}
                </th>,
                <th key={`${g}-a`} scope="col" className="align-right">
                  {t('policies.sim.after')}
                </th>,
              ].concat(g === 'clients' ? [<th key="delta" scope="col" className="align-right">Δ</th>] : []),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-code={r.code || 'NONE'}>
              <th scope="row">{r.tier ? <TierBadge tier={r.tier} /> : <span className="muted">{t('policies.sim.none')}</span>}</th>
              <td className="num align-right">{formatInt(r.before?.clients ?? 0)}</td>
              <td className="num align-right strong">{formatInt(r.after?.clients ?? 0)}</td>
              <td className="num align-right">
                <Delta before={r.before?.clients ?? 0} after={r.after?.clients ?? 0} />
              </td>
              <td className="align-right">
                <Money value={r.before?.assets} zh={zh} />
              </td>
              <td className="align-right strong">
                <Money value={r.after?.assets} zh={zh} />
              </td>
              <td className="align-right">
                <Money value={r.before?.revenue12m} zh={zh} />
              </td>
              <td className="align-right strong">
                <Money value={r.after?.revenue12m} zh={zh} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
