/** The brokerage's business day is in Asia/Shanghai, whatever the server's time zone. */
export const BUSINESS_TZ = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

// China has kept UTC+8 all year since 1992 (it last observed summer time in 1991): from then on
// the Shanghai day is plain arithmetic. Intl's formatter, which knows the older rules, costs far
// more per call, and a book page asks for a business day twice per client (3% of the API's CPU).
const FIXED_OFFSET_SINCE = Date.UTC(1992, 0, 1);
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** YYYY-MM-DD of an instant in Asia/Shanghai. */
export function businessDay(at: Date = new Date()): string {
  const t = at.getTime();
  if (t >= FIXED_OFFSET_SINCE && t < 8.64e15 - SHANGHAI_OFFSET_MS) {
    const iso = new Date(t + SHANGHAI_OFFSET_MS).toISOString();
    if (iso.length === 24) return iso.slice(0, 10); // years 0000–9999
  }
  return dayFormat.format(at);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
