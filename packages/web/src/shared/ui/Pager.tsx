import { useTranslation } from 'react-i18next';

/** Previous / "page n of m" / next, for Relay cursor paging with a stack of cursors. */
export function Pager({
  page,
  pages,
  hasPrev,
  hasNext,
  onPrev,
  onNext,
}: {
  page: number;
  pages: number;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label="pagination">
      <button type="button" className="btn" disabled={!hasPrev} onClick={onPrev}>
        ← {t('book.prev')}
      </button>
      <span className="pager-status">{t('book.page', { page, pages })}</span>
      <button type="button" className="btn" disabled={!hasNext} onClick={onNext}>
        {t('book.next')} →
      </button>
    </nav>
  );
}
