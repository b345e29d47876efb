import type pg from 'pg';
import { businessDay } from '../../packages/api/src/shared/time.js';

/** A service log of `offeringCode` for a client, `daysAgo` days before now. */
export async function newServiceLog(
  db: pg.Client, clientId: string, adviserId: string,
  over: { offeringCode: string | null; daysAgo: number; outcome?: string; channel?: string },
) {
  const r = await db.query(
    `insert into service_log (client_id, adviser_id, occurred_at, channel, kind, offering_id, summary, outcome)
     values ($1, $2, now() - $3::int * interval '1 day', $4, 'ADVISORY', (select id from service_offering where code = $5), '测试服务记录', $6)
     returning id, occurred_at`,
    [clientId, adviserId, over.daysAgo, over.channel ?? 'PHONE', over.offeringCode, over.outcome ?? 'RESOLVED'],
  );
  return { id: r.rows[0].id as string, occurredAt: r.rows[0].occurred_at as Date };
}

/** Records that the client entered its current tier `daysAgo` days ago (Asia/Shanghai). */
export async function enteredTierDaysAgo(db: pg.Client, clientId: string, daysAgo: number) {
  await db.query(
    `insert into tier_change (client_id, to_tier_id, policy_id, reason, effective_on)
     select c.id, c.current_tier_id, t.policy_id, 'ONBOARDING', $3::date - $2::int
       from client c join tier t on t.id = c.current_tier_id where c.id = $1`,
    [clientId, daysAgo, businessDay()],
  );
}
