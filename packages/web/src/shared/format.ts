/**
 * Display formatting. Money arrives as exact decimal strings (CNY) and is formatted as a
 * string: it never passes through a JS number, so ¥12,345,678,901,234.56 stays exact.
 * Instants are shown in Asia/Shanghai whatever the browser's own time zone is.
 */

export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Rounds a decimal string half-up to `scale` places, using BigInt for the arithmetic. */
function roundDecimal(value: string, scale: number): { negative: boolean; whole: string; fraction: string } | null {
  const m = DECIMAL.exec(value.trim());
  if (!m) return null;
  const [, sign, intPart = '0', frac = ''] = m;
  const kept = (frac + '0'.repeat(scale)).slice(0, scale);
  let scaled = BigInt(intPart + kept);
  if ((frac[scale] ?? '0') >= '5') scaled += 1n;
  const digits = scaled.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  return { negative: sign === '-' && scaled !== 0n, whole, fraction: digits.slice(digits.length - scale) };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1234567.8" → "¥1,234,567.80". Null/undefined → "—". An unparseable value is shown as is. */
export function formatMoney(value: string | null | undefined, opts: { scale?: number; symbol?: boolean } = {}): string {
  if (value == null || value === '') return '—';
  const scale = opts.scale ?? 2;
  const r = roundDecimal(value, scale);
  if (!r) return value;
  const body = groupThousands(r.whole) + (scale > 0 ? `.${r.fraction}` : '');
  return `${r.negative ? '-' : ''}${opts.symbol === false ? '' : '¥'}${body}`;
}

/** Integer grouping for counts. */
export function formatInt(value: number | null | undefined): string {
  return value == null ? '—' : groupThousands(String(Math.trunc(value)));
}

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function shanghaiParts(iso: string): Record<string, string> | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return Object.fromEntries(parts.formatToParts(d).map((p) => [p.type, p.value]));
}

/** An instant as "YYYY-MM-DD HH:mm" in Beijing time; the same shape in every language. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = shanghaiParts(iso);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : iso;
}

/** The Beijing calendar day of an instant, "YYYY-MM-DD". */
export function formatDayOf(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = shanghaiParts(iso);
  return p ? `${p.year}-${p.month}-${p.day}` : iso;
}

/** A LocalDate is already a Beijing calendar day: shown as is, never shifted by a time zone. */
export function formatLocalDate(day: string | null | undefined): string {
  return day ?? '—';
}

/** "2024-05-01T09:30" typed into a datetime-local field, read as Beijing wall time (no DST in China). */
export function beijingLocalToIso(local: string): string {
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return new Date(`${withSeconds}+08:00`).toISOString();
}

/** Today's calendar day in Beijing, "YYYY-MM-DD". */
export function todayInBeijing(): string {
  return formatDayOf(new Date().toISOString());
}

/** Now as a datetime-local value in Beijing time, for the field's max. */
export function nowBeijingLocal(): string {
  const p = shanghaiParts(new Date().toISOString());
  return p ? `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}` : '';
}

/**
 * Money in a tight space (matrix cells, totals): "¥1.23亿" / "¥4,560万" for Chinese readers,
 * "¥123.5M" / "¥45.6K" otherwise. The decimal point is moved in the string, never through a
 * float, so the rounding is the only inexactness; show the exact amount in a title.
 */
export function formatMoneyCompact(value: string | null | undefined, zh: boolean): string {
  if (value == null || value === '') return '—';
  const m = DECIMAL.exec(value.trim());
  if (!m) return value;
  const [, sign, intPart = '0', frac = ''] = m;
  const digits = intPart.replace(/^0+(?=\d)/, '');
  const units: [number, string][] = zh ? [[8, '亿'], [4, '万']] : [[9, 'B'], [6, 'M'], [3, 'K']];
  for (const [shift, suffix] of units) {
    if (digits.length > shift) {
      const shifted = `${sign}${digits.slice(0, digits.length - shift)}.${digits.slice(digits.length - shift)}${frac}`;
      // three significant figures at least: ¥1.23万, ¥45.6K, ¥4,560万
      const whole = digits.length - shift;
      const scale = whole >= 3 ? 0 : whole === 2 ? 1 : 2;
      return `${formatMoney(shifted, { scale })}${suffix}`;
    }
  }
  return formatMoney(value, { scale: 0 });
}

/** Sums exact decimal strings (CNY) with BigInt at `scale` places; unparseable values count as 0. */
export function sumDecimals(values: readonly (string | null | undefined)[], scale = 2): string {
  let total = 0n;
  for (const v of values) {
    const m = v == null ? null : DECIMAL.exec(v.trim());
    if (!m) continue;
    const [, sign, intPart = '0', frac = ''] = m;
    const n = BigInt(intPart + (frac + '0'.repeat(scale)).slice(0, scale));
    total += sign === '-' ? -n : n;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const body = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${body}` : body;
}

/** A calendar day `days` after a "YYYY-MM-DD" day (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Axis labels in 万/亿 for Chinese readers, K/M otherwise; positions, not amounts. Three
 * significant figures, so neighbouring ticks never read the same (13,500 and 18,000 were
 * both "2万" when rounded to whole units).
 */
export function compactAxis(value: number, zh: boolean): string {
  const abs = Math.abs(value);
  const sig = (n: number) => String(+n.toPrecision(3));
  if (zh) {
    if (abs >= 1e8) return `${sig(value / 1e8)}亿`;
    if (abs >= 1e4) return `${sig(value / 1e4)}万`;
    return sig(value);
  }
  if (abs >= 1e9) return `${sig(value / 1e9)}B`;
  if (abs >= 1e6) return `${sig(value / 1e6)}M`;
  if (abs >= 1e3) return `${sig(value / 1e3)}K`;
  return sig(value);
}
