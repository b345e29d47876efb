import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInt, formatMoney, formatMoneyCompact } from '../../../shared/format';
import { isChinese, localName } from '../../../shared/languages';
import { TierBadge } from '../../clients/components/ClientBadges';
import { layoutMatrix, type SimTier } from '../simulation';
import type { Simulation } from '../hooks/useSimulation';

/**
 * From tier (today) down, to tier (under the draft) across, both lowest first: the diagonal
 * is "stays", right of it upgrades (green), left downgrades (red), the untiered row blue.
 * A cell's shade deepens with the share of its row that lands there.
 */
export function MigrationMatrix({ simulation, draftTiers }: { simulation: Simulation; draftTiers: readonly SimTier[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const zh = isChinese(lng);
  const m = layoutMatrix(
    simulation.matrix,
    draftTiers,
    simulation.before.map((b) => b.tier),
  );
  const name = (tier: SimTier | null) => (tier ? localName(tier, lng) : t('policies.sim.none'));

  return (
    <div className="matrix-block">
      <ul className="matrix-legend" aria-label={t('policies.sim.matrix')}>
        <li className="legend-up">
          <span className="swatch" aria-hidden="true" />
          {t('policies.sim.up')} <strong className="num">{formatInt(m.counts.up)}</strong>
        </li>
        <li className="legend-down">
          <span className="swatch" aria-hidden="true" />
          {t('policies.sim.down')} <strong className="num">{formatInt(m.counts.down)}</strong>
        </li>
        <li className="legend-same">
          <span className="swatch" aria-hidden="true" />
          {t('policies.sim.same')} <strong className="num">{formatInt(m.counts.same)}</strong>
        </li>
        {m.counts.new > 0 && (
          <li className="legend-new">
            <span className="swatch" aria-hidden="true" />
            {t('policies.sim.fresh')} <strong className="num">{formatInt(m.counts.new)}</strong>
          </li>
        )}
      </ul>
      <div className="table-wrap table-flat">
        <table className="matrix" data-testid="migration-matrix">
          <caption className="sr-only">{t('policies.sim.matrixHint')}</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                {t('policies.sim.corner')}
              </th>
              {m.cols.map((to) => (
                <th key={to.code} scope="col" data-to={to.code}>
                  <TierBadge tier={to} />
                </th>
              ))}
              <th scope="col" className="matrix-total">
                {t('policies.sim.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {m.rows.map((from) => {
              const rowTotal = m.rowTotal(from);
              return (
                <tr key={from?.code ?? 'NONE'}>
                  <th scope="row">{from ? <TierBadge tier={from} /> : <span className="muted">{t('policies.sim.none')}</span>}</th>
                  {m.cols.map((to) => {
                    const cell = m.cell(from, to);
                    const clients = cell?.clients ?? 0;
                    const move = m.move(from, to);
                    const share = rowTotal > 0 ? clients / rowTotal : 0;
                    const title = t('policies.sim.cellTitle', {
                      from: name(from),
                      to: name(to),
                      clients: formatInt(clients),
                      assets: formatMoney(cell?.assets ?? '0'),
                    });
                    return (
                      <td
                        key={to.code}
                        data-testid="matrix-cell"
                        data-from={from?.code ?? 'NONE'}
                        data-to={to.code}
                        data-move={move}
                        data-clients={clients}
                        className={`matrix-cell cell-${move}${clients === 0 ? ' cell-empty' : ''}`}
                        style={{ '--share': share.toFixed(3) } as CSSProperties}
                        title={title}
                      >
                        {clients === 0 ? (
                          <span className="cell-zero">·</span>
                        ) : (
                          <>
                            <span className="cell-count num">{formatInt(clients)}</span>
                            <span className="cell-assets num">{formatMoneyCompact(cell?.assets, zh)}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                  <td className="matrix-total num">{formatInt(rowTotal)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="matrix-total">
                {t('policies.sim.total')}
              </th>
              {m.cols.map((to) => (
                <td key={to.code} className="matrix-total num">
                  {formatInt(m.colTotal(to))}
                </td>
              ))}
              <td className="matrix-total num strong">{formatInt(m.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
