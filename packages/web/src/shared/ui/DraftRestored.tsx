import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Says that a form's unsent values came back after signing in again (see useFormDraft), and
 * brings the form into view: after sign-in the page opens at its top, the form may be far down.
 */
export function DraftRestored({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // cards above the form load after it (chart, service levels) and push it down; keep it in
    // view while the page settles, unless the person starts scrolling themselves
    const show = () => ref.current?.scrollIntoView({ block: 'start' });
    show();
    const observer = new ResizeObserver(show);
    observer.observe(document.body);
    const stop = () => observer.disconnect();
    const timer = window.setTimeout(stop, 2000);
    const events = ['wheel', 'touchstart', 'keydown'] as const;
    events.forEach((e) => window.addEventListener(e, stop, { once: true, passive: true }));
    return () => {
      stop();
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, stop));
    };
  }, []);
  return (
    <div ref={ref} className="notice notice-warn" role="status" data-testid="draft-restored">
      <span>{t('draft.restored')}</span>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        {t('draft.dismiss')}
      </button>
    </div>
  );
}
