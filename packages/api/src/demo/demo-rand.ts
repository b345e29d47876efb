import { Faker, base, en, zh_CN } from '@faker-js/faker';

/**
 * A private faker instance: the shared `faker` singletons would let any other caller
 * shift the sequence, and the demo's ids and names must depend on the seed alone.
 */
export function seededFaker(seed: number): Faker {
  const f = new Faker({ locale: [zh_CN, en, base] });
  f.seed(seed);
  return f;
}

/** Uniform in [0, 1). */
export const unit = (f: Faker): number => f.number.float();

export const between = (f: Faker, lo: number, hi: number): number => lo + (hi - lo) * unit(f);

export const intBetween = (f: Faker, lo: number, hi: number): number => Math.floor(between(f, lo, hi + 1));

/** Standard normal (Box–Muller); 1 - u keeps the logarithm away from 0. */
export function gauss(f: Faker): number {
  const u1 = 1 - unit(f);
  const u2 = unit(f);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export function pick<T>(f: Faker, items: readonly T[]): T {
  const item = items[Math.floor(unit(f) * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function weighted<T>(f: Faker, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = unit(f) * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}

const DAY_MS = 86_400_000;
const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so the host's zone never matters. */
export const addDays = (iso: string, n: number): string => new Date(toMs(iso) + n * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoDow = (iso: string): number => new Date(toMs(iso)).getUTCDay() || 7;

/** Moves a Saturday or Sunday back to the Friday before. */
export const weekdayOnOrBefore = (iso: string): string => addDays(iso, -Math.max(isoDow(iso) - 5, 0));

/** Today's date in Asia/Shanghai (the business's calendar), whatever the host's zone. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Share of the total held by the largest `fraction` of the values (0.2 → the 80/20 check). */
export function topShare(values: readonly number[], fraction = 0.2): number {
  const sorted = [...values].sort((a, b) => b - a);
  const top = Math.max(1, Math.round(sorted.length * fraction));
  const total = sorted.reduce((s, v) => s + v, 0);
  return total === 0 ? 0 : sorted.slice(0, top).reduce((s, v) => s + v, 0) / total;
}
