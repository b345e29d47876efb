import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDayOf, formatLocalDate, formatMoney } from '../../shared/format';
import { localName } from '../../shared/languages';
import { ErrorMessage, Loading } from '../../shared/ui/ErrorMessage';
import { Pager } from '../../shared/ui/Pager';
import { TierBadge } from '../clients/components/ClientBadges';
import { useSignedInViewer } from '../auth/RequireAuth';
import { can } from '../auth/permissions';
import { NextContactInline } from '../service/NextContact';
import { ServiceLevelBadge } from '../service/ServiceLevelBadge';
import { useWorklist, WORKLIST_PAGE, type WorklistItem } from './useWorklist';
import { RescheduleForm } from './RescheduleForm';

// the cursor stack lives in the history entry, so Back from a client returns to the same page
type PagingState = { cursors?: string[] } | null;

/** What is due: the entitled offering, or the follow-up and the contact that promised it. */
function DueWhat({ item }: { item: WorklistItem }) {
  const { t, i18n } = useTranslation();
  if (item.serviceLevel) {
    return (
      <>
        {localName(item.serviceLevel.offering, i18n.resolvedLanguage)}
        <div className="muted small">{t('worklist.everyDays', { count: item.serviceLevel.everyDays })}</div>
      </>
    );
  }
  const f = item.followUp!;
  return (
    <>
      <strong>{t('worklist.followUp')}</strong> {f.serviceLog.summary}
      <div className="muted small">{t('worklist.followUpFrom', { day: formatDayOf(f.serviceLog.occurredAt) })}</div>
    </>
  );
}

/** A follow-up is completed by logging the contact (prefilled on the client page) or rescheduled with a reason. */
function FollowUpActions({ item, canWrite }: { item: WorklistItem; canWrite: boolean }) {
  const { t } = useTranslation();
  const [rescheduling, setRescheduling] = useState(false);
  const f = item.followUp;
  if (!f || !canWrite) return null;
  if (rescheduling) return <RescheduleForm followUpId={f.id} dueOn={f.dueOn} onDone={() => setRescheduling(false)} />;
  return (
    <div className="row-actions">
      <Link className="btn" data-testid="complete-follow-up" to={`/clients/${item.client.id}?completeFollowUp=${f.id}`}>
        {t('worklist.complete')}
      </Link>
      <button type="button" className="btn" data-testid="reschedule-follow-up" onClick={() => setRescheduling(true)}>
        {t('worklist.reschedule')}
      </button>
    </div>
  );
}

/** "Due & overdue": the entitled services and follow-ups the viewer owes, most valuable clients first. */
export function WorklistPage() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
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
            <table className="data-table worklist-table" data-testid="worklist">
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
                  <th scope="col">{t('worklist.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((item) => {
                  const { client } = item;
                  return (
                    <tr
                      key={`${client.id}:${item.kind}:${item.serviceLevel?.offering.id ?? item.followUp?.id}`}
                      data-testid="worklist-row"
                      data-kind={item.kind}
                      data-client-id={client.id}
                      data-offering={item.serviceLevel?.offering.code}
                      data-follow-up-id={item.followUp?.id}
                      data-status={item.status}
                      className={item.status === 'OVERDUE' ? 'row-late' : undefined}
                    >
                      <td data-col="client">
                        <Link to={`/clients/${client.id}`} className="client-link">
                          {client.name}
                        </Link>
                        <div className="num muted small">{client.accountNo}</div>
                      </td>
                      <td data-col="tier">
                        <TierBadge tier={client.currentTier} />
                      </td>
                      <td data-col="assets" className="num align-right">{formatMoney(client.latestTotalAssets)}</td>
                      <td data-col="what">
                        <DueWhat item={item} />
                      </td>
                      <td data-col="dueOn" className="num">{formatLocalDate(item.dueOn)}</td>
                      <td data-col="status">
                        <ServiceLevelBadge status={item.status} daysOverdue={item.daysOverdue} />
                      </td>
                      <td data-col="contact">
                        <NextContactInline channel={client.nextBestContact.channel} reasonCode={client.nextBestContact.reasonCode} />
                      </td>
                      <td data-col="actions">
                        <FollowUpActions item={item} canWrite={can.writeClient(viewer.role)} />
                      </td>
                    </tr>
                  );
                })}
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
