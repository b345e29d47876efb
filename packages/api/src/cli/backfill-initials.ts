import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { fillNameInitials, openDatabase } from '../boot.js';

// Fills the pinyin initials of clients that have none (client-initials.ts): for clients loaded
// by SQL outside the API while it runs. Start-up and the migrate command do the same.
const db = await openDatabase(loadConfig());
try {
  process.stdout.write(`pinyin initials filled for ${await fillNameInitials(db.url)} clients\n`);
} finally {
  await db.stop();
}
