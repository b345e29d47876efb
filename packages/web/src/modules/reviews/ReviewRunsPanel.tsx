import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { failureText, hasCode } from '../../shared/errors';
import { REVIEW_STATUS_TONE } from '../../shared/enums';
import { formatDateTime, formatInt, formatLocalDate } from '../../shared/format';
import { Badge } from '../../shared/ui/Badge';
import { StartTierReviewMutation } from './reviews.graphql';
import { useRecentRuns, useTrackedRun, type ReviewRun, type TrackedRun } from './useReviewRuns';

function ReviewStatus({ status }: { status: ReviewRun['status'] }) {
  const { t } = useTranslation();
  return (
    <span data-testid="review-status" data-status={status}>
      <Badge tone={REVIEW_STATUS_TONE[status]}>{t(`enums.reviewStatus.${status}`)}</Badge>
    </span>
  );
}

/** The run being watched: status, a progress bar while it runs, its counts when done. */
function CurrentRun({ run }: { run: TrackedRun }) {
  const { t } = useTranslation();
  const percent = Math.round(Math.min(1, Math.max(0, run.status === 'SUCCEEDED' ? 1 : run.progress)) * 100);
  return (
    <div className={`review-current review-${run.status.toLowerCase()}`} data-testid="review-current" data-id={run.id}>
      <div className="review-current-head">
        <span className="strong">{t('reviews.current', { day: formatLocalDate(run.asOf), version: run.policy.version })}</span>
        <ReviewStatus status={run.status} />
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={t('reviews.progress', { percent })}
        data-testid="review-progress"
        data-progress={run.progress}
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      {run.status === 'RUNNING' && <p className="muted small">{t('reviews.progress', { percent })}</p>}
      {run.status === 'SUCCEEDED' && (
        <p data-testid="review-result">{t('reviews.result', { reviewed: formatInt(run.clientsReviewed), changes: formatInt(run.changesWritten) })}</p>
      )}
      {run.status === 'FAILED' && (
        // run.error is the server's English note for support; a person reads only that it failed
        <p className="form-error" data-testid="review-result" data-error={run.error ?? undefined}>
          {t('reviews.failed')}
        </p>
      )}
    </div>
  );
}

/** Start a tier review (head office) and watch it; the recent runs below for everyone. */
export function ReviewRunsPanel({ canStart }: { canStart: boolean }) {
  const { t } = useTranslation();
  const { runs, error, refresh } = useRecentRuns();
  const [trackedId, setTrackedId] = useState<string | null>(null);
  const [asOf, setAsOf] = useState('');
  const [notice, setNotice] = useState<{ kind: 'conflict' | 'error'; text: string } | null>(null);
  const [{ fetching: starting }, start] = useMutation(StartTierReviewMutation);
  // when the watched run ends: the list gains its counts, and "already running" is no longer true
  const { run } = useTrackedRun(trackedId, () => {
    refresh();
    setNotice((n) => (n?.kind === 'conflict' ? null : n));
  });

  // a review already running when the page opens (started elsewhere, or by the CLI) is watched too
  const runningId = runs?.find((r) => r.status === 'RUNNING')?.id ?? null;
  useEffect(() => {
    if (runningId && runningId !== trackedId && (!run || run.status !== 'RUNNING')) setTrackedId(runningId);
  }, [runningId, trackedId, run]);

  async function onStart(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setNotice(null);
    const result = await start({ asOf: asOf || null });
    if (result.error) {
      if (hasCode(result.error, 'CONFLICT')) {
        setNotice({ kind: 'conflict', text: t('reviews.conflict') });
        refresh();
      } else if (hasCode(result.error, 'FORBIDDEN')) setNotice({ kind: 'error', text: t('reviews.forbidden') });
      else setNotice({ kind: 'error', text: failureText(t, result.error) });
      return;
    }
    if (result.data) setTrackedId(result.data.startTierReview.id);
  }

  // managers and compliance may not be allowed the run list; then the panel says nothing
  if (hasCode(error, 'FORBIDDEN') && !canStart) return null;

  return (
    <section className="card" id="reviews" aria-labelledby="reviews-title" data-testid="reviews">
      <h2 id="reviews-title" className="card-title">
        {t('reviews.title')}
      </h2>
      <p className="muted">{t('reviews.intro')}</p>
      {canStart && (
        <form className="inline-form review-start" onSubmit={onStart}>
          <label className="field field-inline">
            <span className="field-label">{t('reviews.asOf')}</span>
            <input type="date" name="asOf" value={asOf} title={t('reviews.asOfHint')} onChange={(e) => setAsOf(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-primary" data-testid="start-review" disabled={starting || run?.status === 'RUNNING'}>
            {starting ? t('reviews.starting') : t('reviews.start')}
          </button>
          <span className="field-hint">{t('reviews.asOfHint')}</span>
        </form>
      )}
      {notice && (
        <div className={`notice ${notice.kind === 'conflict' ? 'notice-warn' : 'notice-error'}`} role="alert" data-testid={notice.kind === 'conflict' ? 'review-conflict' : 'review-error'}>
          {notice.text}
        </div>
      )}
      {run && <CurrentRun run={run} />}
      <h3 className="section-title">{t('reviews.recent')}</h3>
      {!runs ? (
        <p className="muted">{error ? t('common.errorGeneric') : t('common.loading')}</p>
      ) : runs.length === 0 ? (
        <p className="muted">{t('reviews.empty')}</p>
      ) : (
        <div className="table-wrap table-flat">
          <table className="data-table" data-testid="review-runs">
            <thead>
              <tr>
                <th scope="col">{t('reviews.col.startedAt')}</th>
                <th scope="col">{t('reviews.col.asOf')}</th>
                <th scope="col">{t('reviews.col.policy')}</th>
                <th scope="col">{t('reviews.col.status')}</th>
                <th scope="col" className="align-right">
                  {t('reviews.col.reviewed')}
                </th>
                <th scope="col" className="align-right">
                  {t('reviews.col.changes')}
                </th>
                <th scope="col">{t('reviews.col.startedBy')}</th>
                <th scope="col">{t('reviews.col.finishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} data-testid="review-run" data-id={r.id} data-status={r.status}>
                  <td className="num">{formatDateTime(r.startedAt)}</td>
                  <td className="num">{formatLocalDate(r.asOf)}</td>
                  <td className="num">{t('policies.version', { version: r.policy.version })}</td>
                  <td>
                    <Badge tone={REVIEW_STATUS_TONE[r.status]}>{t(`enums.reviewStatus.${r.status}`)}</Badge>
                  </td>
                  <td className="num align-right">{formatInt(r.clientsReviewed)}</td>
                  <td className="num align-right">{formatInt(r.changesWritten)}</td>
                  <td>{r.startedBy?.name ?? <span className="muted">{t('reviews.byCli')}</span>}</td>
                  <td className="num">{r.finishedAt ? formatDateTime(r.finishedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
