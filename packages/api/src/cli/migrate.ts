import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { prepare } from '../boot.js';

// Applies pending migrations (ours and the job queue's schema) to DATABASE_URL, or the
// embedded database, and exits. The one way migrations reach a production database.
const { db, orm } = await prepare(loadConfig(), { demo: false, migrateOnly: true });
await orm.close();
await db.stop();
process.stdout.write('migrations applied\n');
