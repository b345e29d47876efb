import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * On a phone the client page is one long column and the log-a-contact form sits far down it.
 * This button floats at the bottom of the screen (styles.css shows it only on narrow screens)
 * and takes the adviser to the form with the summary focused: one tap. It steps aside while
 * the form is on screen.
 */
export function LogContactJump() {
  const { t } = useTranslation();
  const [formVisible, setFormVisible] = useState(false);

  useEffect(() => {
    const form = document.getElementById('log-contact');
    if (!form || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setFormVisible(!!entry?.isIntersecting), { threshold: 0.2 });
    observer.observe(form);
    return () => observer.disconnect();
  }, []);

  function jump() {
    const form = document.getElementById('log-contact');
    if (!form) return;
    form.scrollIntoView({ block: 'start' });
    form.querySelector<HTMLTextAreaElement>('textarea[name=summary]')?.focus({ preventScroll: true });
  }

  if (formVisible) return null;
  return (
    <button type="button" className="btn btn-primary log-contact-jump" data-testid="log-contact-jump" onClick={jump}>
      <span aria-hidden="true">＋</span>
      {t('mobile.logContact')}
    </button>
  );
}
