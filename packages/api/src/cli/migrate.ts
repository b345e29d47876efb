import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { prepare } from '../boot.js';

// Applies pending migrations (to DATABASE_URL or the embedded database) and exits.
const { db, orm } = await prepare(loadConfig(), { demo: false });
await orm.close();
await db.stop();
