import { businessDay } from '../../packages/api/src/shared/time.js';

// Days as the API sees them: the business day in Asia/Shanghai, computed here rather than by
// the database (its current_date is in its own zone, UTC) or by toISOString() (UTC), which
// differ from 16:00 to 24:00 UTC. Shanghai has no daylight saving, so n × 24 h is n days.
const DAY_MS = 86_400_000;

/** YYYY-MM-DD `n` business days before today. */
export const daysAgo = (n: number): string => businessDay(new Date(Date.now() - n * DAY_MS));

/** YYYY-MM-DD `n` business days after today. */
export const daysAhead = (n: number): string => businessDay(new Date(Date.now() + n * DAY_MS));
