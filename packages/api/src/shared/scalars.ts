import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDay } from './time.js';

// Dates outside these years are typing mistakes (0000-01-01, 20266-01-01), and some are
// beyond what PostgreSQL or JavaScript can hold: refused at the boundary.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const inRange = (iso: string) => { const y = Number(iso.slice(0, 4)); return y >= MIN_YEAR && y <= MAX_YEAR; };
const isDay = (s: string) => isIsoDay(s) && inRange(s);

const DECIMAL = /^-?\d{1,18}(\.\d{1,6})?$/;

/** Exact decimal as a string ("1234567.89"): money and rates never travel as floats. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234567.89". Money is CNY.',
  serialize(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value.toFixed(2);
    throw new TypeError('Decimal cannot represent this value');
  },
  parseValue(value) {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    throw new TypeError('Decimal must be a string like "1234.56"');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && DECIMAL.test(ast.value)) return ast.value;
    throw new TypeError('Decimal must be a string like "1234.56"');
  },
});

/** A calendar day (YYYY-MM-DD) in Asia/Shanghai. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: `A calendar day, YYYY-MM-DD, in Asia/Shanghai, in the years ${MIN_YEAR}–${MAX_YEAR}.`,
  serialize(value) {
    if (typeof value === 'string' && isIsoDay(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new TypeError('LocalDate cannot represent this value');
  },
  parseValue(value) {
    if (typeof value === 'string' && isDay(value)) return value;
    throw new TypeError(`LocalDate must be a real date YYYY-MM-DD in ${MIN_YEAR}–${MAX_YEAR}`);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isDay(ast.value)) return ast.value;
    throw new TypeError(`LocalDate must be a real date YYYY-MM-DD in ${MIN_YEAR}–${MAX_YEAR}`);
  },
});

// RFC 3339 with a zone (Z or ±hh:mm), seconds and fraction optional: what browsers' toISOString() sends.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

function parseDateTime(value: unknown): Date {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const d = m ? new Date(value as string) : undefined;
  // The day part is checked on its own so 2026-02-30T… is refused, not rolled over to March.
  if (!m?.[1] || !isDay(m[1]) || !d || Number.isNaN(d.getTime()) || !inRange(d.toISOString())) {
    throw new TypeError(`DateTimeISO must be a real date-time like 2026-11-24T09:30:00Z in ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return d;
}

/** An instant; replaces type-graphql's DateTimeISO (same name) to refuse impossible and out-of-range dates. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTimeISO',
  description: `An instant as an RFC 3339 date-time with a zone, e.g. 2026-11-24T09:30:00Z, in the years ${MIN_YEAR}–${MAX_YEAR}. Answers are in UTC.`,
  serialize(value) {
    const d = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
    if (!d || Number.isNaN(d.getTime())) throw new TypeError('DateTimeISO cannot represent this value');
    return d.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    return parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});
