import { useTranslation } from 'react-i18next';

/** Says that a form's unsent values came back after signing in again (see useFormDraft). */
export function DraftRestored({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warn" role="status" data-testid="draft-restored">
      <span>{t('draft.restored')}</span>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        {t('draft.dismiss')}
      </button>
    </div>
  );
}
