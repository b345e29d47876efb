import { useTranslation } from 'react-i18next';
import { formatDayOf, formatInt, formatLocalDate } from '../../shared/format';
import { localName } from '../../shared/languages';
import { Loading } from '../../shared/ui/ErrorMessage';
import { ServiceLevelBadge } from './ServiceLevelBadge';
import type { ServiceLevel } from './useClientService';

const ORDER = { OVERDUE: 0, DUE: 1, ON_TRACK: 2 } as const;

/** What the client's tier promises against what was delivered in the current period (nothing for a client no longer served). */
export function ServiceLevelsCard({ levels, failed, served = true }: { levels: ServiceLevel[] | undefined; failed: boolean; served?: boolean }) {
  const { t, i18n } = useTranslation();
  // the late ones first, then by due date
  const rows = [...(levels ?? [])].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.dueOn.localeCompare(b.dueOn));
  return (
    <section className="card" aria-labelledby="service-levels-title">
      <h2 id="service-levels-title" className="card-title">
        {t('service.levels')}
      </h2>
      {failed ? (
        <p className="muted">{t('common.errorGeneric')}</p>
      ) : !levels ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted" data-testid="service-levels-empty">
          {served ? t('service.levelsEmpty') : t('service.levelsNotServed')}
        </p>
      ) : (
        <div className="table-wrap table-flat">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('service.col.offering')}</th>
                <th scope="col">{t('service.col.every')}</th>
                <th scope="col" className="align-right">
                  {t('service.col.delivered')}
                </th>
                <th scope="col">{t('service.col.lastDelivered')}</th>
                <th scope="col">{t('service.col.dueOn')}</th>
                <th scope="col">{t('service.col.status')}</th>
              </tr>
            </thead>
            {/* the hook is on tbody, so "[data-testid=service-levels] tr" counts offerings, not the header */}
            <tbody data-testid="service-levels">
              {rows.map((sl) => (
                <tr key={sl.offering.id} data-offering={sl.offering.code} data-status={sl.status} className={sl.status === 'OVERDUE' ? 'row-late' : undefined}>
                  <td>
                    {localName(sl.offering, i18n.resolvedLanguage)} <span className="muted small">{t(`enums.category.${sl.offering.category}`)}</span>
                  </td>
                  <td className="nowrap">{t('worklist.everyDays', { count: sl.everyDays })}</td>
                  <td className="num align-right">{formatInt(sl.deliveredInPeriod)}</td>
                  <td className="num">{sl.lastDeliveredAt ? formatDayOf(sl.lastDeliveredAt) : <span className="muted">{t('common.never')}</span>}</td>
                  <td className="num">{formatLocalDate(sl.dueOn)}</td>
                  <td>
                    <ServiceLevelBadge status={sl.status} daysOverdue={sl.daysOverdue} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
