import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../languages';

// Each language is named in itself, so anyone can find their own.
const NATIVE_NAMES: Record<(typeof LANGUAGES)[number], string> = { 'zh-CN': '简体中文', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select
      data-testid="lang-switch"
      className="lang-switch"
      aria-label={t('common.language')}
      value={i18n.resolvedLanguage ?? 'en'}
      onChange={(e) => void i18n.changeLanguage(e.target.value)}
    >
      {LANGUAGES.map((lng) => (
        <option key={lng} value={lng} lang={lng}>
          {NATIVE_NAMES[lng]}
        </option>
      ))}
    </select>
  );
}
