import type { EntityManager } from '@mikro-orm/postgresql';
import { clientListLoader, type ClientAccess } from '../auth/access/client-access.js';
import { query } from '../../shared/sql.js';
import { businessDay } from '../../shared/time.js';
import { ServiceLogType, toServiceLog, type ServiceLogRow } from '../service-logs/service-log.type.js';
import type { AssetPointType } from './client.type.js';
import { TierChangeType, TierFiguresType } from '../tiers/tier.type.js';

interface TierChangeRow {
  id: string; client_id: string; from_tier_id: string | null; to_tier_id: string; reason: TierChangeType['reason'];
  effective_on: string; changed_at: string; changed_by: string | null; note: string | null;
  figures: Record<string, unknown>; override_until: string | null; policy_version: number;
}

const str = (v: unknown) => (v === undefined || v === null ? null : String(v));
const int = (v: unknown) => (typeof v === 'number' ? v : v === undefined || v === null ? null : Number(v));

function toTierChange(r: TierChangeRow): TierChangeType {
  const f = r.figures;
  const figures = Object.assign(new TierFiguresType(), {
    avgAssets: str(f.avgAssets), commission12m: str(f.commission12m), points: int(f.points),
    windowDays: int(f.windowDays), asOf: str(f.asOf),
  });
  return Object.assign(new TierChangeType(), {
    id: r.id, reason: r.reason, effectiveOn: r.effective_on, changedAt: new Date(r.changed_at), note: r.note, figures,
    policyVersion: r.policy_version, overrideUntil: r.override_until,
    fromTierId: r.from_tier_id, toTierId: r.to_tier_id, changedById: r.changed_by,
  });
}

/**
 * Per-request loaders for the lists hanging off a client: each is one statement for all clients
 * asked, after one scope check over the same ids (a client out of scope is NOT_FOUND).
 */
export function clientLoaders(em: EntityManager, access: ClientAccess) {
  return {
    tierHistory: clientListLoader<string, TierChangeType>(
      access,
      async (ids) =>
        (
          await query<TierChangeRow>(
            em,
            `select tc.id, tc.client_id, tc.from_tier_id, tc.to_tier_id, tc.reason, tc.effective_on, tc.changed_at,
                    tc.changed_by, tc.note, tc.figures, tc.override_until, p.version as policy_version
               from tier_change tc join tier_policy p on p.id = tc.policy_id
              where tc.client_id in (?)
              order by tc.effective_on desc, tc.changed_at desc`,
            [ids], { prepare: true }
          )
        ).map((r) => Object.assign(toTierChange(r), { clientId: r.client_id })),
      (r) => (r as TierChangeType & { clientId: string }).clientId,
      (id) => id,
    ),

    /** The latest `limit` service logs of each client, newest first. */
    serviceLogs: clientListLoader<{ clientId: string; limit: number }, ServiceLogType>(
      access,
      async (keys) => {
        const limit = Math.max(...keys.map((k) => k.limit));
        const rows = await query<ServiceLogRow>(
          em,
          `select * from (
             select l.*, row_number() over (partition by l.client_id order by l.occurred_at desc, l.id desc) as n
               from service_log l where l.client_id in (?)
           ) ranked where n <= ? order by client_id, occurred_at desc, id desc`,
          [keys.map((k) => k.clientId), limit], { prepare: true }
        );
        return rows.map(toServiceLog);
      },
      (r) => r.clientId,
      (k) => k.clientId,
      (k) => `${k.clientId}:${k.limit}`,
    ),

    /** Daily total assets over the last `days` days (Asia/Shanghai), oldest first. */
    assetHistory: clientListLoader<{ clientId: string; days: number }, AssetPointType & { clientId: string }>(
      access,
      async (keys) => {
        const days = Math.max(...keys.map((k) => k.days));
        return query<AssetPointType & { clientId: string }>(
          em,
          `select client_id as "clientId", day::text as day, total_assets::text as "totalAssets"
             from daily_metric
            where client_id in (?) and day > ?::date - ?::int
            order by client_id, day`,
          [keys.map((k) => k.clientId), businessDay(), days], { prepare: true }
        );
      },
      (r) => r.clientId,
      (k) => k.clientId,
      (k) => `${k.clientId}:${k.days}`,
    ),
  };
}
