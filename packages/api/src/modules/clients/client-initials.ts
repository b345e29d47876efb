import { pinyin } from 'pinyin-pro';

/**
 * The pinyin initials of a name, lower-case, for the book's search (张三丰 → zsf, 欧阳测试 → oycs):
 * one letter per Chinese character, read as a surname where the first character has a surname
 * reading (单 → s, 曾 → z); letters and digits of other scripts are kept as they are (李Ming →
 * lming). PostgreSQL cannot compute this, so the API does (see the migration
 * 20261202001000_client_list_indexes.sql for where it is stored and how rows get it).
 */
export function nameInitials(name: string): string {
  const letters = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' });
  return letters.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Runs one statement with `$1…` parameters and returns its rows. */
export type RowsOf = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const BATCH = 5000;

/**
 * Fills name_initials where it is NULL (rows written before the column existed, by SQL outside the
 * API, or whose name changed: the column's trigger empties it), BATCH rows per statement, until
 * none is left. Each batch commits on its own when `exec` runs outside a transaction, so a large
 * backfill holds no long lock. Returns how many rows it filled. Runs as the table owner.
 */
export async function backfillNameInitials(exec: RowsOf): Promise<number> {
  let filled = 0;
  // walks forward by id: the partial index keeps the filled rows' dead entries until a vacuum,
  // and starting from the front every time would step over all of them again
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await exec('select id, name from client where name_initials is null and id > $2 order by id limit $1', [BATCH, after]);
    if (rows.length === 0) return filled;
    after = String(rows.at(-1)!['id']);
    await exec(
      `update client c set name_initials = v.initials
         from unnest($1::uuid[], $2::text[]) as v(id, initials)
        where c.id = v.id and c.name_initials is null`,
      [rows.map((r) => r['id']), rows.map((r) => nameInitials(String(r['name'])))],
    );
    filled += rows.length;
  }
}
