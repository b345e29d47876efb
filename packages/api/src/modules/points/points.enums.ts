// The kinds of a points ledger entry (table points_entry, written by SQL in points.sql.ts).
export const POINTS_KINDS = ['EARN_ASSETS', 'EARN_COMMISSION', 'EARN_TENURE', 'EARN_REFERRAL', 'REDEEM', 'ADJUST'] as const;
export type PointsKind = (typeof POINTS_KINDS)[number];
