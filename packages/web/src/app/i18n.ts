import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './locales/en';
import { isChinese, LANGUAGES, type Language } from '../shared/languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

// Each language is its own chunk and only the one in use is downloaded (~7 KB gzip each);
// switching language fetches the other before the switch shows.
const LOCALES: Record<Language, () => Promise<ResourceKey>> = {
  en: () => import('./locales/en').then((m) => m.en),
  'zh-CN': () => import('./locales/zh-CN').then((m) => m.zhCN),
};
const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, _ns, callback) {
    const load = LOCALES[lng as Language];
    if (!load) return callback(new Error(`no locale ${lng}`), false);
    load().then((messages) => callback(null, messages), (err: Error) => callback(err, false));
  },
};

// ?lng= wins (links and tests can pin a language), then the person's last choice, then
// the browser (localStorage key i18nextLng, the detector's default). Any zh-* browser gets zh-CN; everything unknown falls back to English.
// zh-CN has every key of en (its type says so), so Chinese needs no English fallback and
// does not download it.
/** Resolves once the language in use is loaded: main renders after it. */
export const i18nReady = i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .use(lazyLocales)
  .init({
    supportedLngs: [...LANGUAGES],
    fallbackLng: (code) => (isChinese(code) ? [] : ['en']),
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
void i18nReady.then(() => syncDocument(i18n.resolvedLanguage ?? 'en'));
i18n.on('languageChanged', () => syncDocument(i18n.resolvedLanguage ?? 'en'));

export default i18n;
