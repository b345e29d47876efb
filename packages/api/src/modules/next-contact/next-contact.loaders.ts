import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../shared/sql.js';
import { notFound } from '../../shared/errors.js';
import { ServiceOffering } from '../catalogue/service-offering.entity.js';
import { ServiceOfferingType } from '../catalogue/service-offering.type.js';

export interface TierRanking { code: string; rank: number; topRank: number }

/** Per-request loaders the next-best-contact matching needs: one statement each per tick. */
export function nextContactLoaders(em: EntityManager) {
  return {
    /** A tier's rank and the top rank of its policy. */
    tierRanking: new DataLoader<string, TierRanking>(async (ids) => {
      const rows = await query<{ id: string; code: string; rank: number; top_rank: number }>(
        em,
        `select t.id, t.code, t.rank, (select max(t2.rank) from tier t2 where t2.policy_id = t.policy_id) as top_rank
           from tier t where t.id in (?)`,
        [[...ids]], { prepare: true }
      );
      const byId = new Map(rows.map((r) => [r.id, { code: r.code, rank: r.rank, topRank: r.top_rank }]));
      return ids.map((id) => byId.get(id) ?? notFound('Tier'));
    }),

    /** An active offering by catalogue code; null when the catalogue has none. */
    offeringByCode: new DataLoader<string, ServiceOfferingType | null>(async (codes) => {
      const rows = await em.find(ServiceOffering, { code: { $in: [...codes] }, active: true });
      const byCode = new Map(rows.map((o) => [o.code, ServiceOfferingType.from(o)]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}
