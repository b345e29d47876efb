import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { LANGUAGES } from '../shared/languages';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

// ?lng= wins (links and tests can pin a language), then the person's last choice, then
// the browser (localStorage key i18nextLng, the detector's default). Any zh-* browser gets zh-CN; everything unknown falls back to English.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lng',
      caches: ['localStorage'],
    },
  });

function syncDocument(lng: string) {
  document.documentElement.lang = lng;
  document.title = i18n.t('common.appName');
}
syncDocument(i18n.resolvedLanguage ?? 'en');
i18n.on('languageChanged', () => syncDocument(i18n.resolvedLanguage ?? 'en'));

export default i18n;
