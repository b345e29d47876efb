import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatMoney } from '../../shared/format';
import { localName } from '../../shared/languages';
import { ErrorMessage, Loading } from '../../shared/ui/ErrorMessage';
import { Pager } from '../../shared/ui/Pager';
import { TierBadge } from '../clients/components/ClientBadges';
import { NextContactInline } from '../service/NextContact';
import { ServiceLevelBadge } from '../service/ServiceLevelBadge';
import { useWorklist, WORKLIST_PAGE } from './useWorklist';

// the cursor stack lives in the history entry, so Back from a client returns to the same page
type PagingState = { cursors?: string[] } | null;

/** "Due & overdue": the entitled services the viewer owes, most valuable clients first. */
export function WorklistPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const cursors = (location.state as PagingState)?.cursors ?? [];
  const list = useWorklist(cursors.at(-1) ?? null);
  const goToPage = (next: string[]) => navigate({ search: location.search }, { replace: true, state: { cursors: next } });

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('worklist.title')}</h1>
        {list.totalCount !== undefined && !list.failed && (
          <span className="page-count" data-testid="worklist-total" data-count={list.totalCount}>
            {t('worklist.total', { count: list.totalCount })}
          </span>
        )}
      </div>
      <p className="muted page-intro">{t('worklist.intro')}</p>
      {list.failed && list.error ? (
        <ErrorMessage error={list.error} onRetry={list.retry} />
      ) : !list.loaded ? (
        <Loading />
      ) : list.rows.length === 0 ? (
        <div className="empty-state" data-testid="worklist-empty">
          {t('worklist.empty')}
        </div>
      ) : (
        <>
          <div className={`table-wrap${list.stale ? ' is-stale' : ''}`}>
            <table className="data-table" data-testid="worklist">
              <thead>
                <tr>
                  <th scope="col">{t('worklist.col.client')}</th>
                  <th scope="col">{t('worklist.col.tier')}</th>
                  <th scope="col" className="align-right">
                    {t('worklist.col.assets')}
                  </th>
                  <th scope="col">{t('worklist.col.offering')}</th>
                  <th scope="col">{t('worklist.col.dueOn')}</th>
                  <th scope="col">{t('worklist.col.status')}</th>
                  <th scope="col">{t('worklist.col.nextContact')}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map(({ client, serviceLevel: sl }) => (
                  <tr
                    key={`${client.id}:${sl.offering.id}`}
                    data-testid="worklist-row"
                    data-client-id={client.id}
                    data-offering={sl.offering.code}
                    data-status={sl.status}
                    className={sl.status === 'OVERDUE' ? 'row-late' : undefined}
                  >
                    <td>
                      <Link to={`/clients/${client.id}`} className="client-link">
                        {client.name}
                      </Link>
                      <div className="num muted small">{client.accountNo}</div>
                    </td>
                    <td>
                      <TierBadge tier={client.currentTier} />
                    </td>
                    <td className="num align-right">{formatMoney(client.latestTotalAssets)}</td>
                    <td>
                      {localName(sl.offering, i18n.resolvedLanguage)}
                      <div className="muted small">{t('worklist.everyDays', { count: sl.everyDays })}</div>
                    </td>
                    <td className="num">{formatLocalDate(sl.dueOn)}</td>
                    <td>
                      <ServiceLevelBadge status={sl.status} daysOverdue={sl.daysOverdue} />
                    </td>
                    <td>
                      <NextContactInline channel={client.nextBestContact.channel} reasonCode={client.nextBestContact.reasonCode} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={cursors.length + 1}
            pages={Math.max(1, Math.ceil((list.totalCount ?? 0) / WORKLIST_PAGE))}
            hasPrev={cursors.length > 0}
            hasNext={list.hasNextPage && !!list.endCursor}
            onPrev={() => goToPage(cursors.slice(0, -1))}
            onNext={() => list.endCursor && goToPage([...cursors, list.endCursor])}
          />
        </>
      )}
    </section>
  );
}
