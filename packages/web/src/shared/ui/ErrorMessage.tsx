import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { hasCode } from '../errors';

/** A page- or panel-level error: network trouble, no permission, or anything unexpected. */
export function ErrorMessage({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = error.networkError
    ? t('common.errorNetwork')
    : hasCode(error, 'FORBIDDEN')
      ? t('common.errorForbidden')
      : t('common.errorGeneric');
  return (
    <div className="notice notice-error" role="alert">
      <span>{text}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </div>
  );
}
