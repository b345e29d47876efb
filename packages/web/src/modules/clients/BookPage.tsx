import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CLIENT_ORDERS, CLIENT_STATUSES, isOneOf } from '../../shared/enums';
import { ErrorMessage, Loading } from '../../shared/ui/ErrorMessage';
import { useSignedInViewer } from '../auth/RequireAuth';
import { BookFilters } from './components/BookFilters';
import { BookTable } from './components/BookTable';
import { PAGE_SIZE, useActiveTiers, useBook, type BookFilters as Filters } from './hooks/useBook';

// Filters live in the URL (shareable, survive reload); the stack of page cursors lives in
// the history entry's state, so Back from a client returns to the same page of the book.
type PagingState = { cursors?: string[] } | null;

const PARAM: Record<keyof Filters, string> = { search: 'q', tierCode: 'tier', status: 'status', orderBy: 'orderBy' };
const DEFAULTS: Partial<Record<keyof Filters, string>> = { orderBy: 'LATEST_ASSETS_DESC' };

/** "My book": the clients the viewer may see, filtered, sorted and paged on the server. */
export function BookPage() {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const tiers = useActiveTiers();

  const status = params.get(PARAM.status);
  const order = params.get(PARAM.orderBy);
  const filters: Filters = useMemo(
    () => ({
      search: params.get(PARAM.search) ?? '',
      tierCode: params.get(PARAM.tierCode) ?? '',
      status: isOneOf(CLIENT_STATUSES, status) ? status : '',
      orderBy: isOneOf(CLIENT_ORDERS, order) ? order : 'LATEST_ASSETS_DESC',
    }),
    [params, status, order],
  );

  const cursors = (location.state as PagingState)?.cursors ?? [];
  const book = useBook(filters, cursors.at(-1) ?? null);

  const onFilterChange = useCallback(
    (patch: Partial<Filters>) => {
      // Start from the URL as it is now, not as of the last render: two quick changes (tier
      // then sort) must not let the second undo the first.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(patch) as [keyof Filters, string][]) {
        const param = PARAM[key];
        if (value && value !== DEFAULTS[key]) next.set(param, value);
        else next.delete(param);
      }
      setParams(next, { replace: true }); // no state: a new filter starts at page one
    },
    [setParams],
  );

  const goToPage = (nextCursors: string[]) => navigate({ search: location.search }, { replace: true, state: { cursors: nextCursors } });

  const page = cursors.length + 1;
  const pages = Math.max(1, Math.ceil((book.totalCount ?? 0) / PAGE_SIZE));

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t(`book.title${viewer.role}`)}</h1>
        {book.totalCount !== undefined && !book.failed && (
          <span className="page-count" data-testid="book-total" data-count={book.totalCount} data-estimate={book.totalCountIsEstimate}>
            {t(book.totalCountIsEstimate ? 'book.totalAbout' : 'book.total', { count: book.totalCount })}
          </span>
        )}
      </div>
      <BookFilters filters={filters} tiers={tiers} onChange={onFilterChange} />
      {book.failed && book.error ? (
        <ErrorMessage error={book.error} onRetry={book.retry} />
      ) : !book.loaded ? (
        <Loading />
      ) : book.rows.length === 0 ? (
        <div className="empty-state">{t('book.empty')}</div>
      ) : (
        <>
          <BookTable rows={book.rows} stale={book.stale} />
          <nav className="pager" aria-label="pagination">
            <button type="button" className="btn" disabled={cursors.length === 0} onClick={() => goToPage(cursors.slice(0, -1))}>
              ← {t('book.prev')}
            </button>
            <span className="pager-status">{t(book.totalCountIsEstimate ? 'book.pageAbout' : 'book.page', { page, pages })}</span>
            <button
              type="button"
              className="btn"
              disabled={!book.hasNextPage || !book.endCursor}
              onClick={() => book.endCursor && goToPage([...cursors, book.endCursor])}
            >
              {t('book.next')} →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
