/**
 * SQL fragments for deterministic "randomness": every draw is a slice of an md5 of the
 * seed and the row's natural key, so re-running a load gives the same rows in any order,
 * on any number of workers, without random() or a sequence.
 */

/** Uniform in (0, 1) from the 4 hex digits of `hash` at 1-based position `at` (1, 5, … 29). */
export const u16 = (hash: string, at: number): string =>
  `((('x' || substr(${hash}, ${at}, 4))::bit(16)::int::float8 + 0.5) / 65536.0)`;

/** Uniform in (0, 1) from the 8 hex digits of `hash` at `at` (1, 9, 17, 25). */
export const u32 = (hash: string, at: number): string =>
  `((('x' || substr(${hash}, ${at}, 8))::bit(32)::bigint::float8 + 0.5) / 4294967296.0)`;

/** A version-4-shaped uuid from md5(`text`): stable ids for rows generated in SQL. */
export const uuidFrom = (text: string): string =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

/** `day` (a date expression) at a wall-clock time in Asia/Shanghai, as timestamptz. */
export const shanghaiAt = (day: string, time: string): string => `((${day}) + time '${time}') at time zone 'Asia/Shanghai'`;

/** Moves a Saturday or Sunday (date expression) back to the Friday before. */
export const weekdayOf = (day: string): string => `((${day}) - greatest(extract(isodow from (${day}))::int - 5, 0))`;

/** Moves a Saturday or Sunday (date expression) on to the Monday after. */
export const weekdayOnOrAfter = (day: string): string =>
  `((${day}) + case extract(isodow from (${day}))::int when 6 then 2 when 7 then 1 else 0 end)`;

/**
 * One column of an unnest()-based batch insert: the column, its array element type, its
 * value, and optionally the select expression over the unnested value (`v`).
 */
export type UnnestColumn<T> = readonly [column: string, pgType: string, value: (row: T) => unknown, expr?: (v: string) => string];

/** `insert into <table> (cols) select … from unnest($1::t1[], …)` plus its parameter arrays. */
export function unnestInsert<T>(
  table: string,
  columns: readonly UnnestColumn<T>[],
  rows: readonly T[],
): { sql: string; params: unknown[][] } {
  const names = columns.map(([c]) => c).join(', ');
  const arrays = columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i + 1}`).join(', ');
  const select = columns.map(([, , , expr], i) => (expr ? expr(`u.c${i + 1}`) : `u.c${i + 1}`)).join(', ');
  return {
    sql: `insert into ${table} (${names}) select ${select} from unnest(${arrays}) as u(${aliases})`,
    params: columns.map(([, , value]) => rows.map(value)),
  };
}
