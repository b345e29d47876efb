// Why a client's tier changed (table tier_change, written by SQL in tier-review.sql.ts and the override service).
export const TIER_CHANGE_REASONS = ['ONBOARDING', 'SCHEDULED_REVIEW', 'MANUAL_OVERRIDE', 'OVERRIDE_EXPIRED'] as const;
export type TierChangeReason = (typeof TIER_CHANGE_REASONS)[number];
