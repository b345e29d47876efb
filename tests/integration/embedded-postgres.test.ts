import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { startEmbeddedPostgres } from '../../packages/api/src/db/embedded-postgres.js';

// The default database for a newcomer: it must tell a first start from a restart
// (initialise() fails on an existing cluster) and keep data across restarts.
describe('embedded PostgreSQL', () => {
  // .data/ exists only once something used it (not in a fresh clone run against DATABASE_URL)
  mkdirSync(join(REPO_ROOT, '.data'), { recursive: true });
  const dir = mkdtempSync(join(REPO_ROOT, '.data/embedded-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('initialises on the first start, reuses the cluster on a restart, and keeps the data', async () => {
    const port = Number(process.env.TEST_EMBEDDED_PORT ?? 54349);
    const first = await startEmbeddedPostgres({ dataDir: dir, port, database: 'crm' });
    expect(first.created).toBe(true);
    let c = new pg.Client({ connectionString: first.url });
    await c.connect();
    await c.query("create table kept (name text); insert into kept values ('张三'), ('阿毛'), ('李四')");
    await c.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir: dir, port, database: 'crm' });
    expect(second.created).toBe(false);
    c = new pg.Client({ connectionString: second.url });
    await c.connect();
    const names = (await c.query('select name from kept order by name')).rows.map((r) => r.name);
    const enc = (await c.query('select pg_encoding_to_char(encoding) as enc from pg_database where datname = current_database()')).rows[0].enc;
    await c.end();
    await second.stop();
    // UTF-8, and Chinese names in pinyin order (阿 a, 李 li, 张 zhang)
    expect(enc).toBe('UTF8');
    expect(names).toEqual(['阿毛', '李四', '张三']);
  });
});
