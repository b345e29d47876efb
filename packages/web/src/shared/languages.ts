/** The languages the UI ships in; the first is the product's home market. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** True when names with a Chinese and an English form should use the Chinese one. */
export function isChinese(lng: string | undefined): boolean {
  return (lng ?? '').toLowerCase().startsWith('zh');
}

/** A tier's (or offering's) name in the current language. */
export function localName(item: { nameZh: string; nameEn: string }, lng: string | undefined): string {
  return isChinese(lng) ? item.nameZh : item.nameEn;
}
