/**
 * Enum values of the API, in display order, for selects and translated labels
 * (`enums.<group>.<VALUE>` in the locale files). They mirror schema.graphql; the generated
 * operation types accept exactly these strings.
 */
export const CLIENT_STATUSES = ['ACTIVE', 'DORMANT', 'CLOSED', 'TRANSFERRED_OUT'] as const;
export const CLIENT_ORDERS = ['LATEST_ASSETS_DESC', 'LATEST_ASSETS_ASC', 'LAST_CONTACT_OLDEST', 'LAST_CONTACT_NEWEST', 'NAME'] as const;
export const CHANNELS = ['PHONE', 'WECHAT', 'FACE_TO_FACE', 'SMS', 'EMAIL', 'WEB', 'SEMINAR'] as const;
export const KINDS = ['ADVISORY', 'INFORMATION', 'TRADING', 'CARE', 'CALL_BACK'] as const;
export const OUTCOMES = ['RESOLVED', 'INFORMED', 'NEEDS_FOLLOW_UP', 'NO_ANSWER', 'COMPLAINT'] as const;
export const SENTIMENTS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;
export const OFFERING_CATEGORIES = ['ADVISORY', 'INFORMATION', 'CHANNEL', 'PRODUCT', 'CARE'] as const;

export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export type ClientOrder = (typeof CLIENT_ORDERS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Kind = (typeof KINDS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Sentiment = (typeof SENTIMENTS)[number];

export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value != null && (values as readonly string[]).includes(value);
}

/** How loudly a status is shown: anything but active needs the adviser's attention. */
/** Clients the brokerage serves; closed and transferred-out clients have no tier and are owed nothing. */
export const isServed = (status: ClientStatus) => status === 'ACTIVE' || status === 'DORMANT';

export const STATUS_TONE = { ACTIVE: 'good', DORMANT: 'warn', CLOSED: 'neutral', TRANSFERRED_OUT: 'bad' } as const;

/** A client not contacted for longer than this is flagged (the tiers' loosest service level). */
export const OVERDUE_CONTACT_DAYS = 30;

// ---- tier engine (issue 4) ----
export const MATCH_RULES = ['ALL', 'ANY'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

/** Draft is work in progress, active is what reviews use, retired is history. */
export const POLICY_STATUS_TONE = { DRAFT: 'warn', ACTIVE: 'good', RETIRED: 'neutral' } as const;
export const REVIEW_STATUS_TONE = { RUNNING: 'info', SUCCEEDED: 'good', FAILED: 'bad' } as const;
/** Overdue is red, due (within a week) amber, on track green. */
export const SERVICE_LEVEL_TONE = { OVERDUE: 'bad', DUE: 'warn', ON_TRACK: 'good' } as const;
