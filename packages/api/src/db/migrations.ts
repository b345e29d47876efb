import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Migration } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { REPO_ROOT } from '../config.js';

export const MIGRATIONS_DIR = join(REPO_ROOT, 'db/migrations');

/**
 * The checked-in migrations are plain SQL files (db/migrations/<timestamp>_<name>.sql),
 * applied in name order by MikroORM's Migrator, which records them in crm_migrations.
 * Forward-only: a shipped file is never edited; a change is a new file.
 * Plain SQL keeps the DDL reviewable by a DBA and free of any import path.
 */
export function sqlMigrations(dir = MIGRATIONS_DIR): MigrationObject[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const sql = readFileSync(join(dir, file), 'utf8');
      class SqlFileMigration extends Migration {
        override async up(): Promise<void> {
          this.addSql(sql);
        }
        override async down(): Promise<void> {
          throw new Error('Migrations are forward-only');
        }
      }
      return { name: file.replace(/\.sql$/, ''), class: SqlFileMigration };
    });
}
