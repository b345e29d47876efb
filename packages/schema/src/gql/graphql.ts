/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an RFC 3339 date-time with a zone, e.g. 2026-11-24T09:30:00Z, in the years 1900–2100. Answers are in UTC. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number as a string, e.g. "1234567.89". Money is CNY. */
  Decimal: { input: string; output: string; }
  /** A calendar day, YYYY-MM-DD, in Asia/Shanghai, in the years 1900–2100. */
  LocalDate: { input: string; output: string; }
};

/** Total assets at the close of one day. */
export type AssetPoint = {
  __typename?: 'AssetPoint';
  day: Scalars['LocalDate']['output'];
  totalAssets: Scalars['Decimal']['output'];
};

/** A branch office (营业部). */
export type Branch = {
  __typename?: 'Branch';
  city: Scalars['String']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A brokerage client (客户). ID number and phone are always masked here. */
export type Client = {
  __typename?: 'Client';
  /** Fund account number (资金账号). */
  accountNo: Scalars['String']['output'];
  /** The adviser who owns the client now. */
  adviser?: Maybe<Staff>;
  /** Daily total assets, oldest first. */
  assetHistory: Array<AssetPoint>;
  branch: Branch;
  /** The tier the client is served at. Null when not yet tiered, and for a CLOSED or TRANSFERRED_OUT client, which is no longer served: the tier it last had is the newest entry of tierHistory. */
  currentTier?: Maybe<Tier>;
  /** Whole days since the last contact, in Asia/Shanghai; null if never contacted. */
  daysSinceLastContact?: Maybe<Scalars['Int']['output']>;
  /** Follow-ups of the client: open ones, soonest due first; closed ones after them when asked. */
  followUps: Array<FollowUp>;
  id: Scalars['ID']['output'];
  /** ID number (证件号) masked: a resident ID card keeps its first 3 and last 4 characters; other documents follow the phone rule. */
  idNumberMasked: Scalars['String']['output'];
  investmentStyle: InvestmentStyle;
  lastContactAt?: Maybe<Scalars['DateTimeISO']['output']>;
  latestMetricsOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Total assets on the latest metric day, CNY. */
  latestTotalAssets?: Maybe<Scalars['Decimal']['output']>;
  name: Scalars['String']['output'];
  /** Suggested channel and content for the next contact, from style, segment, tier and interests. */
  nextBestContact: NextBestContact;
  openedOn: Scalars['LocalDate']['output'];
  /** While a manual override holds: its end date. */
  overrideUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** Phone with all but its last digits masked: a mainland number (11 digits or more) its last 4 (13812345678 → *******5678), a shorter one at most a third. */
  phoneMasked: Scalars['String']['output'];
  /** Points (积分): balance and ledger. */
  points: ClientPoints;
  preferredChannels: Array<ServiceChannel>;
  riskLevel: RiskLevel;
  segment: ClientSegment;
  /** Entitled versus delivered for the client's current tier, most urgent first. */
  serviceLevels: Array<ServiceLevel>;
  /**
   * Service log timeline, newest first: the latest `first` entries (at most 500), without saying how many there are.
   * @deprecated Use serviceLogsConnection: it pages the whole timeline and gives the totalCount.
   */
  serviceLogs: Array<ServiceLog>;
  /** The service log timeline, newest first, paged (keyset on occurredAt, id), with the total. */
  serviceLogsConnection: ServiceLogConnection;
  status: ClientStatus;
  /** Tier history, newest first. */
  tierHistory: Array<TierChange>;
  watchSectors: Array<Scalars['String']['output']>;
};


/** A brokerage client (客户). ID number and phone are always masked here. */
export type ClientAssetHistoryArgs = {
  days?: Scalars['Int']['input'];
};


/** A brokerage client (客户). ID number and phone are always masked here. */
export type ClientFollowUpsArgs = {
  includeClosed?: Scalars['Boolean']['input'];
};


/** A brokerage client (客户). ID number and phone are always masked here. */
export type ClientServiceLevelsArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** A brokerage client (客户). ID number and phone are always masked here. */
export type ClientServiceLogsArgs = {
  first?: Scalars['Int']['input'];
};


/** A brokerage client (客户). ID number and phone are always masked here. */
export type ClientServiceLogsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type ClientConnection = {
  __typename?: 'ClientConnection';
  edges: Array<ClientEdge>;
  pageInfo: PageInfo;
  /** How many clients match: exact for an adviser's book and for any answer of at most 1,000; otherwise the planner's estimate (totalCountIsEstimate), so the count stays fast for a branch or the whole firm. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount is an estimate (show it as "about N"), false when it is exact. */
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

export type ClientEdge = {
  __typename?: 'ClientEdge';
  cursor: Scalars['String']['output'];
  node: Client;
};

export type ClientFilter = {
  /** Part of the name (张三丰: 三丰), the start of its pinyin initials (zsf), the start of the account number, or exactly the last four digits of the phone. The answer shows only the masked phone. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ClientStatus>;
  /** Tier code in the active policy, e.g. BUTLER. A tier filter finds only served (ACTIVE or DORMANT) clients. */
  tierCode?: InputMaybe<Scalars['String']['input']>;
  tierId?: InputMaybe<Scalars['ID']['input']>;
};

export type ClientMove = {
  __typename?: 'ClientMove';
  avgAssets: Scalars['Decimal']['output'];
  client: Client;
  commission12m: Scalars['Decimal']['output'];
  fromTier?: Maybe<Tier>;
  points: Scalars['Int']['output'];
  toTier: Tier;
};

export type ClientMoveConnection = {
  __typename?: 'ClientMoveConnection';
  edges: Array<ClientMoveEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClientMoveEdge = {
  __typename?: 'ClientMoveEdge';
  cursor: Scalars['String']['output'];
  node: ClientMove;
};

/** LAST_CONTACT_OLDEST puts never-contacted clients first: the ones most in need of a call. */
export type ClientOrder =
  | 'LAST_CONTACT_NEWEST'
  | 'LAST_CONTACT_OLDEST'
  | 'LATEST_ASSETS_ASC'
  | 'LATEST_ASSETS_DESC'
  | 'NAME';

/** A client's points: balance and ledger. */
export type ClientPoints = {
  __typename?: 'ClientPoints';
  /** Sum of the ledger; never negative. */
  balance: Scalars['Int']['output'];
  /** Ledger entries, newest first. */
  history: Array<PointsEntry>;
};


/** A client's points: balance and ledger. */
export type ClientPointsHistoryArgs = {
  first?: Scalars['Int']['input'];
};

export type ClientSegment =
  | 'BUSINESS'
  | 'PROFESSIONAL'
  | 'RETAIL';

/** ACTIVE, DORMANT 休眠: served (tiered, reviewed, entitled to services). CLOSED 销户, TRANSFERRED_OUT 转出: no longer served: no current tier, no entitlements, no worklist items; the tier history keeps the tier they last had. */
export type ClientStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DORMANT'
  | 'TRANSFERRED_OUT';

export type EntitlementInput = {
  everyDays: Scalars['Int']['input'];
  offeringCode: Scalars['String']['input'];
  tierCode: Scalars['String']['input'];
};

/** A follow-up promised in a contact (跟进): open until a later contact completes it; may be rescheduled with a reason. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** Who logged the contact that asked for it. */
  adviser: Staff;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The contact that completed it. */
  completedBy?: Maybe<ServiceLog>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Days past dueOn for an open follow-up (Asia/Shanghai); else 0. */
  daysOverdue: Scalars['Int']['output'];
  /** The day it is due now (after any reschedules). */
  dueOn: Scalars['LocalDate']['output'];
  /** Null once closed. */
  dueStatus?: Maybe<FollowUpDueStatus>;
  /** Reschedules and completion, oldest first. */
  history: Array<FollowUpEvent>;
  id: Scalars['ID']['output'];
  /** The contact that asked for this follow-up. */
  serviceLog: ServiceLog;
  status: FollowUpStatus;
};

/** For an open follow-up, against today in Asia/Shanghai: OVERDUE when dueOn is before today, DUE within 7 days, else UPCOMING. */
export type FollowUpDueStatus =
  | 'DUE'
  | 'OVERDUE'
  | 'UPCOMING';

/** One change of a follow-up: a reschedule (old and new day, reason) or its completion. Append-only. */
export type FollowUpEvent = {
  __typename?: 'FollowUpEvent';
  /** Who rescheduled or completed it. */
  actor: Staff;
  /** The day it was due before this change. */
  fromDueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: FollowUpEventKind;
  occurredAt: Scalars['DateTimeISO']['output'];
  /** RESCHEDULED: why. */
  reason?: Maybe<Scalars['String']['output']>;
  /** COMPLETED: the contact that completed it. */
  serviceLog?: Maybe<ServiceLog>;
  /** RESCHEDULED: the new day. */
  toDueOn?: Maybe<Scalars['LocalDate']['output']>;
};

export type FollowUpEventKind =
  | 'COMPLETED'
  | 'RESCHEDULED';

/** OPEN until a contact completes it (DONE). */
export type FollowUpStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** SHORT_TERM 短线, MID_TERM 中线, LONG_TERM 长线. */
export type InvestmentStyle =
  | 'LONG_TERM'
  | 'MID_TERM'
  | 'SHORT_TERM';

/** One contact with a client, as the adviser records it. */
export type LogContactInput = {
  channel: ServiceChannel;
  clientId: Scalars['ID']['input'];
  /** An open follow-up of the same client that this contact completes (closes). BAD_USER_INPUT when it is not one. */
  completesFollowUpId?: InputMaybe<Scalars['ID']['input']>;
  /** Follow-up due date; not before the contact. */
  followUpOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Send the same key when retrying: the same request answers the first entry instead of a duplicate; a different request under a used key answers CONFLICT (extensions.reason IDEMPOTENCY_KEY_REUSED) and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: ServiceKind;
  /** When the contact happened; defaults to now. Not in the future. */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The catalogue offering delivered, if any. */
  offeringId?: InputMaybe<Scalars['ID']['input']>;
  outcome: ServiceOutcome;
  sentiment?: InputMaybe<Sentiment>;
  summary: Scalars['String']['input'];
};

/** Clients (and their assets) now in fromTier that the policy puts in toTier. */
export type MigrationCell = {
  __typename?: 'MigrationCell';
  /** Sum of latest total assets, CNY. */
  assets: Scalars['Decimal']['output'];
  clients: Scalars['Int']['output'];
  /** Null: clients with no tier yet. */
  fromTier?: Maybe<Tier>;
  toTier: Tier;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** DRAFT → ACTIVE; the previous active version is retired. Safe to retry: a repeat answers CONFLICT and changes nothing. */
  activateTierPolicy: TierPolicy;
  /** A new DRAFT copied from any version. */
  copyTierPolicy: TierPolicy;
  /** A new DRAFT with the next version number. */
  createTierPolicyDraft: TierPolicy;
  /** Record a contact with a client. Errors: BAD_USER_INPUT (with extensions.field), NOT_FOUND, FORBIDDEN. */
  logContact: ServiceLog;
  /** Sets a client's tier by hand until a date (manager: own branch; head office: all). Reviews leave it until then. */
  overrideClientTier: Client;
  /** Spends a client's points on an offering. Errors: BAD_USER_INPUT field offeringId (not redeemable, or the balance is short), NOT_FOUND, FORBIDDEN. */
  redeemPoints: PointsEntry;
  /** Move an open follow-up to another day, with a reason; the old day and the reason are kept in its history. Moving it to the day it is already due changes nothing. Errors: BAD_USER_INPUT (dueOn, reason), NOT_FOUND, FORBIDDEN, CONFLICT (extensions.reason FOLLOW_UP_CLOSED). */
  rescheduleFollowUp: FollowUp;
  /** Awards the points the active policy earns over a month (YYYY-MM) that has ended. Idempotent: a second run of the month writes nothing. HEAD_OFFICE. */
  runPoints: PointsRun;
  /** Sets the session cookie and returns a bearer token. A wrong email or password answers UNAUTHENTICATED with one message for both. Too many failures for the email or from the address answer TOO_MANY_ATTEMPTS with extensions.retryAfterSeconds, the same for a known and an unknown email. */
  signIn: SignInPayload;
  /** Ends the current session. Safe to repeat. */
  signOut: Scalars['Boolean']['output'];
  /** Starts a review of every served client (ACTIVE or DORMANT) with the active policy as of a date (default today). Returns the RUNNING run; CONFLICT while another runs. */
  startTierReview: TierReviewRun;
  /** Edits a DRAFT; CONFLICT for an active or retired version. */
  updateTierPolicyDraft: TierPolicy;
};


export type MutationActivateTierPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCopyTierPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateTierPolicyDraftArgs = {
  input: TierPolicyInput;
};


export type MutationLogContactArgs = {
  input: LogContactInput;
};


export type MutationOverrideClientTierArgs = {
  input: OverrideTierInput;
};


export type MutationRedeemPointsArgs = {
  input: RedeemPointsInput;
};


export type MutationRescheduleFollowUpArgs = {
  dueOn: Scalars['LocalDate']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRunPointsArgs = {
  period: Scalars['String']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationStartTierReviewArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type MutationUpdateTierPolicyDraftArgs = {
  id: Scalars['ID']['input'];
  input: TierPolicyInput;
};

/** A suggested channel and content for the next contact, with the reason. */
export type NextBestContact = {
  __typename?: 'NextBestContact';
  channel: ServiceChannel;
  /** The catalogue offering to deliver; null if the catalogue lacks it. */
  offering?: Maybe<ServiceOffering>;
  /** In English words, naming the facts used; for API consumers. People see reasonCode and reasonParams put in their language. */
  reason: Scalars['String']['output'];
  reasonCode: NextContactReason;
  reasonParams: NextContactReasonParams;
  /** Content hint: the sectors the client watches. */
  watchSectors: Array<Scalars['String']['output']>;
};

/** Which rule of the matching chose the contact; the web app translates it. */
export type NextContactReason =
  | 'BUSINESS_PERSON'
  | 'HIGH_VALUE'
  | 'LONG_TERM_HOLDER'
  | 'MID_TERM_INVESTOR'
  | 'PROFESSIONAL'
  | 'SHORT_TERM_TRADER';

/** The facts behind a reasonCode, so each reader can word the reason in its own language. */
export type NextContactReasonParams = {
  __typename?: 'NextContactReasonParams';
  /** HIGH_VALUE by assets: total assets, CNY (else null). */
  assets?: Maybe<Scalars['Decimal']['output']>;
  /** The channel was chosen because the client lists it among its preferred channels. */
  preferredChannel: Scalars['Boolean']['output'];
  /** HIGH_VALUE by tier: the tier code (else null). */
  tierCode?: Maybe<Scalars['String']['output']>;
  /** HIGH_VALUE by tier: its rank (1 = lowest). */
  tierRank?: Maybe<Scalars['Int']['output']>;
  /** HIGH_VALUE by tier: the rank of the top tier. */
  topRank?: Maybe<Scalars['Int']['output']>;
};

/** CHANNEL 通道, INFORMATION 资讯, ADVISORY 咨询, PRODUCT 产品, CARE 情感服务. */
export type OfferingCategory =
  | 'ADVISORY'
  | 'CARE'
  | 'CHANNEL'
  | 'INFORMATION'
  | 'PRODUCT';

export type OverrideTierInput = {
  clientId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** A tier of the active policy. */
  tierId: Scalars['ID']['input'];
  /** Reviews leave the tier alone until this date (inclusive); after today. */
  until: Scalars['LocalDate']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One entry of a client's points ledger (积分). Append-only. */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** Positive when earned, negative when spent. */
  delta: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: PointsKind;
  note?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The offering redeemed, for a REDEEM entry. */
  offering?: Maybe<ServiceOffering>;
  /** The earning month (YYYY-MM) of an EARN_* entry. */
  period?: Maybe<Scalars['String']['output']>;
};

/** EARN_* come from a points run (one per client, kind and period); REDEEM spends points on an offering; ADJUST is a manual correction. */
export type PointsKind =
  | 'ADJUST'
  | 'EARN_ASSETS'
  | 'EARN_COMMISSION'
  | 'EARN_REFERRAL'
  | 'EARN_TENURE'
  | 'REDEEM';

/** How clients earn points under a policy, per period (month). */
export type PointsRule = {
  __typename?: 'PointsRule';
  /** Points per 10,000 CNY of average daily assets. */
  per10kAvgAssets: Scalars['Int']['output'];
  /** Points per 100 CNY of commission. */
  per100Commission: Scalars['Int']['output'];
  /** Points per client referred. */
  perReferral: Scalars['Int']['output'];
  /** Points per whole year as a client. */
  perTenureYear: Scalars['Int']['output'];
};

export type PointsRuleInput = {
  per10kAvgAssets: Scalars['Int']['input'];
  per100Commission: Scalars['Int']['input'];
  perReferral: Scalars['Int']['input'];
  perTenureYear: Scalars['Int']['input'];
};

/** One points run over a month. */
export type PointsRun = {
  __typename?: 'PointsRun';
  /** Ledger entries this run wrote; 0 when the period had already been run. */
  entriesWritten: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM */
  period: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The tiers of the active policy, lowest first. */
  activeTiers: Array<Tier>;
  /** One client; NOT_FOUND when it does not exist or is outside your scope. */
  client: Client;
  /** The viewer's clients: an adviser's own book, a manager's branch, everything for head office and compliance. */
  clients: ClientConnection;
  /** The signed-in member of staff, or null. */
  me?: Maybe<Staff>;
  /** The active service catalogue. */
  serviceOfferings: Array<ServiceOffering>;
  /** A dry run of a policy (usually a draft) over every served client (ACTIVE or DORMANT); writes nothing. */
  simulateTierPolicy: TierSimulation;
  /** Every version, newest first. */
  tierPolicies: Array<TierPolicy>;
  tierPolicy: TierPolicy;
  tierReviewRun: TierReviewRun;
  /** Newest first. */
  tierReviewRuns: Array<TierReviewRun>;
  /** The viewer's due and overdue entitled services and open follow-ups (see WorklistItem.kind), most valuable clients first: an adviser's own book, a manager's branch, everything for head office and compliance. */
  worklist: WorklistConnection;
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClientFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: ClientOrder;
};


export type QuerySimulateTierPolicyArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryTierPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTierReviewRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTierReviewRunsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryWorklistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  first?: Scalars['Int']['input'];
};

/** Spend a client's points on a service offering. */
export type RedeemPointsInput = {
  clientId: Scalars['ID']['input'];
  /** Send the same key when retrying: the first entry is returned instead of a second redemption. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** An active offering with a points cost. */
  offeringId: Scalars['ID']['input'];
};

/** Suitability risk level: C1 保守型 … C5 激进型. */
export type RiskLevel =
  | 'C1'
  | 'C2'
  | 'C3'
  | 'C4'
  | 'C5';

export type Sentiment =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

export type ServiceChannel =
  | 'EMAIL'
  | 'FACE_TO_FACE'
  | 'PHONE'
  | 'SEMINAR'
  | 'SMS'
  | 'WEB'
  | 'WECHAT';

/** CALL_BACK 回访 is a check made by someone other than the owning adviser. */
export type ServiceKind =
  | 'ADVISORY'
  | 'CALL_BACK'
  | 'CARE'
  | 'INFORMATION'
  | 'TRADING';

/** One entitled offering of a client's current tier against what was delivered (服务权益). */
export type ServiceLevel = {
  __typename?: 'ServiceLevel';
  /** 0 unless OVERDUE. */
  daysOverdue: Scalars['Int']['output'];
  /** Logs with this offering on days in (asOf − everyDays, asOf]. */
  deliveredInPeriod: Scalars['Int']['output'];
  /** Last delivery (or, never delivered, the day the client entered its tier) + everyDays. */
  dueOn: Scalars['LocalDate']['output'];
  /** The offering is due once every this many days. */
  everyDays: Scalars['Int']['output'];
  /** The latest service log with this offering (a NO_ANSWER contact does not count). */
  lastDeliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  offering: ServiceOffering;
  status: ServiceLevelStatus;
};

/** OVERDUE: dueOn is before the as-of day; DUE: dueOn within 7 days of it; else ON_TRACK. */
export type ServiceLevelStatus =
  | 'DUE'
  | 'ON_TRACK'
  | 'OVERDUE';

/** One contact with or delivery to a client (服务记录). Append-only. */
export type ServiceLog = {
  __typename?: 'ServiceLog';
  /** Who made the contact. */
  adviser: Staff;
  channel: ServiceChannel;
  createdAt: Scalars['DateTimeISO']['output'];
  followUpOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  kind: ServiceKind;
  occurredAt: Scalars['DateTimeISO']['output'];
  offering?: Maybe<ServiceOffering>;
  outcome: ServiceOutcome;
  sentiment?: Maybe<Sentiment>;
  summary: Scalars['String']['output'];
};

/** A page of a client's service log, newest first. */
export type ServiceLogConnection = {
  __typename?: 'ServiceLogConnection';
  edges: Array<ServiceLogEdge>;
  pageInfo: PageInfo;
  /** All entries of the client, whatever the page. */
  totalCount: Scalars['Int']['output'];
};

export type ServiceLogEdge = {
  __typename?: 'ServiceLogEdge';
  cursor: Scalars['String']['output'];
  node: ServiceLog;
};

/** An entry of the service catalogue (服务产品). */
export type ServiceOffering = {
  __typename?: 'ServiceOffering';
  category: OfferingCategory;
  channel: ServiceChannel;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  pointsCost?: Maybe<Scalars['Int']['output']>;
};

export type ServiceOutcome =
  | 'COMPLAINT'
  | 'INFORMED'
  | 'NEEDS_FOLLOW_UP'
  | 'NO_ANSWER'
  | 'RESOLVED';

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  staff: Staff;
  /** Bearer token for scripts (Authorization: Bearer …). The web app uses the httpOnly cookie instead. */
  token: Scalars['String']['output'];
};

/** A member of staff who can sign in. */
export type Staff = {
  __typename?: 'Staff';
  branch?: Maybe<Branch>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: StaffRole;
};

/** ADVISER 客户经理, MANAGER 营业部经理, HEAD_OFFICE 总部, COMPLIANCE 合规 (read-only). */
export type StaffRole =
  | 'ADVISER'
  | 'COMPLIANCE'
  | 'HEAD_OFFICE'
  | 'MANAGER';

/** One rung of a tier policy (客户级别); rank 1 is the lowest. */
export type Tier = {
  __typename?: 'Tier';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Average daily assets threshold, CNY. */
  minAvgAssets: Scalars['Decimal']['output'];
  /** Trailing 12-month commission threshold, CNY. */
  minCommission12m: Scalars['Decimal']['output'];
  minPoints: Scalars['Int']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  rank: Scalars['Int']['output'];
};

/** One entry of a client's tier history (append-only). */
export type TierChange = {
  __typename?: 'TierChange';
  changedAt: Scalars['DateTimeISO']['output'];
  /** Who made a manual change; null for reviews. */
  changedBy?: Maybe<Staff>;
  effectiveOn: Scalars['LocalDate']['output'];
  figures: TierFigures;
  fromTier?: Maybe<Tier>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  overrideUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** Version of the policy the change was made under. */
  policyVersion: Scalars['Int']['output'];
  reason: TierChangeReason;
  toTier: Tier;
};

export type TierChangeReason =
  | 'MANUAL_OVERRIDE'
  | 'ONBOARDING'
  | 'OVERRIDE_EXPIRED'
  | 'SCHEDULED_REVIEW';

/** A tier is entitled to an offering once every `everyDays` days. */
export type TierEntitlement = {
  __typename?: 'TierEntitlement';
  everyDays: Scalars['Int']['output'];
  offering: ServiceOffering;
  tier: Tier;
};

/** The figures a tier decision used. */
export type TierFigures = {
  __typename?: 'TierFigures';
  asOf?: Maybe<Scalars['LocalDate']['output']>;
  avgAssets?: Maybe<Scalars['Decimal']['output']>;
  commission12m?: Maybe<Scalars['Decimal']['output']>;
  points?: Maybe<Scalars['Int']['output']>;
  windowDays?: Maybe<Scalars['Int']['output']>;
};

/** One tier; the list order is the rank, lowest first. */
export type TierInput = {
  code: Scalars['String']['input'];
  minAvgAssets: Scalars['Decimal']['input'];
  minCommission12m: Scalars['Decimal']['input'];
  minPoints: Scalars['Int']['input'];
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
};

/** ALL: every non-zero threshold of a tier must hold; ANY: one is enough. */
export type TierMatchRule =
  | 'ALL'
  | 'ANY';

/** A versioned tier policy (分级方案). An active policy is never edited: a new version is made. */
export type TierPolicy = {
  __typename?: 'TierPolicy';
  activatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Consecutive reviews below a tier before a downgrade. */
  downgradeAfter: Scalars['Int']['output'];
  entitlements: Array<TierEntitlement>;
  id: Scalars['ID']['output'];
  matchRule: TierMatchRule;
  name: Scalars['String']['output'];
  pointsRule: PointsRule;
  status: TierPolicyStatus;
  /** Lowest rank first. */
  tiers: Array<Tier>;
  version: Scalars['Int']['output'];
  /** Average daily assets are taken over this many days before the review date. */
  windowDays: Scalars['Int']['output'];
};

export type TierPolicyInput = {
  downgradeAfter: Scalars['Int']['input'];
  entitlements?: Array<EntitlementInput>;
  matchRule: TierMatchRule;
  name: Scalars['String']['input'];
  pointsRule?: InputMaybe<PointsRuleInput>;
  tiers: Array<TierInput>;
  windowDays: Scalars['Int']['input'];
};

export type TierPolicyStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'RETIRED';

/** One run of the tier review: every served client (ACTIVE or DORMANT) recomputed as of a date; closed and transferred-out clients are not reviewed, committed whole or not at all. */
export type TierReviewRun = {
  __typename?: 'TierReviewRun';
  asOf: Scalars['LocalDate']['output'];
  /** Tier changes written (0 when nothing changed). */
  changesWritten: Scalars['Int']['output'];
  clientsReviewed: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  policy: TierPolicy;
  /** 0 to 1 while running. */
  progress: Scalars['Float']['output'];
  startedAt: Scalars['DateTimeISO']['output'];
  startedBy?: Maybe<Staff>;
  status: TierReviewStatus;
};

export type TierReviewStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** What a policy would do to every served client (ACTIVE or DORMANT) as of a date, written nowhere. It shows each client's qualifying tier (before hysteresis and overrides, which the first review under the policy applies). */
export type TierSimulation = {
  __typename?: 'TierSimulation';
  /** Per simulated tier. */
  after: Array<TierTotals>;
  asOf: Scalars['LocalDate']['output'];
  /** Per current tier. */
  before: Array<TierTotals>;
  clientsReviewed: Scalars['Int']['output'];
  /** Current tier × simulated tier. */
  matrix: Array<MigrationCell>;
  /** Clients whose tier would change, largest assets first. */
  movers: ClientMoveConnection;
  policy: TierPolicy;
};


/** What a policy would do to every served client (ACTIVE or DORMANT) as of a date, written nowhere. It shows each client's qualifying tier (before hysteresis and overrides, which the first review under the policy applies). */
export type TierSimulationMoversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type TierTotals = {
  __typename?: 'TierTotals';
  /** Sum of latest total assets, CNY. */
  assets: Scalars['Decimal']['output'];
  clients: Scalars['Int']['output'];
  /** Commission + interest spread over the trailing 12 months, CNY. */
  revenue12m: Scalars['Decimal']['output'];
  tier?: Maybe<Tier>;
};

export type WorklistConnection = {
  __typename?: 'WorklistConnection';
  edges: Array<WorklistEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorklistEdge = {
  __typename?: 'WorklistEdge';
  cursor: Scalars['String']['output'];
  node: WorklistItem;
};

/** A due or overdue entitled service, or a due or overdue open follow-up, of one client. */
export type WorklistItem = {
  __typename?: 'WorklistItem';
  client: Client;
  /** 0 unless OVERDUE. */
  daysOverdue: Scalars['Int']['output'];
  dueOn: Scalars['LocalDate']['output'];
  /** Set for FOLLOW_UP items; its serviceLog is the contact that asked for it. */
  followUp?: Maybe<FollowUp>;
  kind: WorklistItemKind;
  /** Set for ENTITLEMENT items. */
  serviceLevel?: Maybe<ServiceLevel>;
  /** DUE or OVERDUE. */
  status: ServiceLevelStatus;
};

/** ENTITLEMENT: an entitled service of the tier (serviceLevel is set); FOLLOW_UP: an open follow-up promised in a contact (followUp is set). */
export type WorklistItemKind =
  | 'ENTITLEMENT'
  | 'FOLLOW_UP';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', me?: { __typename?: 'Staff', id: string, name: string, email: string, role: StaffRole, branch?: { __typename?: 'Branch', id: string, name: string } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', expiresAt: string, staff: { __typename?: 'Staff', id: string, name: string, role: StaffRole } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type ActiveTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveTiersQuery = { __typename?: 'Query', activeTiers: Array<{ __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string }> };

export type BookQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClientFilter>;
  orderBy: ClientOrder;
}>;


export type BookQuery = { __typename?: 'Query', clients: { __typename?: 'ClientConnection', totalCount: number, totalCountIsEstimate: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClientEdge', cursor: string, node: { __typename?: 'Client', id: string, name: string, accountNo: string, status: ClientStatus, latestTotalAssets?: string | null, latestMetricsOn?: string | null, lastContactAt?: string | null, daysSinceLastContact?: number | null, currentTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null } }> } };

export type ClientDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientDetailQuery = { __typename?: 'Query', client: { __typename?: 'Client', id: string, name: string, accountNo: string, idNumberMasked: string, phoneMasked: string, status: ClientStatus, riskLevel: RiskLevel, investmentStyle: InvestmentStyle, segment: ClientSegment, preferredChannels: Array<ServiceChannel>, watchSectors: Array<string>, openedOn: string, latestTotalAssets?: string | null, latestMetricsOn?: string | null, lastContactAt?: string | null, daysSinceLastContact?: number | null, overrideUntil?: string | null, branch: { __typename?: 'Branch', id: string, name: string, city: string }, adviser?: { __typename?: 'Staff', id: string, name: string } | null, currentTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null, tierHistory: Array<{ __typename?: 'TierChange', id: string, effectiveOn: string, reason: TierChangeReason, policyVersion: number, note?: string | null, overrideUntil?: string | null, changedBy?: { __typename?: 'Staff', id: string, name: string } | null, fromTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null, toTier: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string }, figures: { __typename?: 'TierFigures', asOf?: string | null, avgAssets?: string | null, commission12m?: string | null, points?: number | null, windowDays?: number | null } }>, followUps: Array<{ __typename?: 'FollowUp', id: string, dueOn: string, dueStatus?: FollowUpDueStatus | null, daysOverdue: number, serviceLog: { __typename?: 'ServiceLog', id: string, occurredAt: string, summary: string }, history: Array<{ __typename?: 'FollowUpEvent', id: string, kind: FollowUpEventKind, fromDueOn: string, toDueOn?: string | null, reason?: string | null, occurredAt: string, actor: { __typename?: 'Staff', id: string, name: string } }> }> } };

export type ClientAssetsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
}>;


export type ClientAssetsQuery = { __typename?: 'Query', client: { __typename?: 'Client', id: string, assetHistory: Array<{ __typename?: 'AssetPoint', day: string, totalAssets: string }> } };

export type ClientTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTimelineQuery = { __typename?: 'Query', client: { __typename?: 'Client', id: string, serviceLogsConnection: { __typename?: 'ServiceLogConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ServiceLogEdge', cursor: string, node: { __typename?: 'ServiceLog', id: string, occurredAt: string, channel: ServiceChannel, kind: ServiceKind, summary: string, outcome: ServiceOutcome, sentiment?: Sentiment | null, followUpOn?: string | null, adviser: { __typename?: 'Staff', id: string, name: string }, offering?: { __typename?: 'ServiceOffering', id: string, code: string, nameZh: string, nameEn: string } | null } }> } } };

export type ClientPointsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientPointsQuery = { __typename?: 'Query', client: { __typename?: 'Client', id: string, points: { __typename?: 'ClientPoints', balance: number, history: Array<{ __typename?: 'PointsEntry', id: string, occurredAt: string, delta: number, kind: PointsKind, period?: string | null, note?: string | null, offering?: { __typename?: 'ServiceOffering', id: string, code: string, nameZh: string, nameEn: string } | null }> } } };

export type RedeemPointsMutationVariables = Exact<{
  input: RedeemPointsInput;
}>;


export type RedeemPointsMutation = { __typename?: 'Mutation', redeemPoints: { __typename?: 'PointsEntry', id: string, occurredAt: string, delta: number, kind: PointsKind } };

export type TierPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type TierPoliciesQuery = { __typename?: 'Query', tierPolicies: Array<{ __typename?: 'TierPolicy', id: string, version: number, name: string, status: TierPolicyStatus, matchRule: TierMatchRule, windowDays: number, downgradeAfter: number, createdAt: string, activatedAt?: string | null, tiers: Array<{ __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string }> }> };

export type TierPolicyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TierPolicyQuery = { __typename?: 'Query', tierPolicy: { __typename?: 'TierPolicy', id: string, version: number, name: string, status: TierPolicyStatus, matchRule: TierMatchRule, windowDays: number, downgradeAfter: number, createdAt: string, activatedAt?: string | null, tiers: Array<{ __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string, minAvgAssets: string, minCommission12m: string, minPoints: number }>, entitlements: Array<{ __typename?: 'TierEntitlement', everyDays: number, tier: { __typename?: 'Tier', id: string, code: string }, offering: { __typename?: 'ServiceOffering', id: string, code: string, category: OfferingCategory, channel: ServiceChannel, nameZh: string, nameEn: string } }>, pointsRule: { __typename?: 'PointsRule', per10kAvgAssets: number, per100Commission: number, perTenureYear: number, perReferral: number } } };

export type CreateTierPolicyDraftMutationVariables = Exact<{
  input: TierPolicyInput;
}>;


export type CreateTierPolicyDraftMutation = { __typename?: 'Mutation', createTierPolicyDraft: { __typename?: 'TierPolicy', id: string, version: number, status: TierPolicyStatus } };

export type UpdateTierPolicyDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TierPolicyInput;
}>;


export type UpdateTierPolicyDraftMutation = { __typename?: 'Mutation', updateTierPolicyDraft: { __typename?: 'TierPolicy', id: string, version: number, status: TierPolicyStatus } };

export type CopyTierPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CopyTierPolicyMutation = { __typename?: 'Mutation', copyTierPolicy: { __typename?: 'TierPolicy', id: string, version: number, status: TierPolicyStatus } };

export type ActivateTierPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateTierPolicyMutation = { __typename?: 'Mutation', activateTierPolicy: { __typename?: 'TierPolicy', id: string, version: number, status: TierPolicyStatus, activatedAt?: string | null, tiers: Array<{ __typename?: 'Tier', id: string }> } };

export type SimulateTierPolicyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type SimulateTierPolicyQuery = { __typename?: 'Query', simulateTierPolicy: { __typename?: 'TierSimulation', asOf: string, clientsReviewed: number, policy: { __typename?: 'TierPolicy', id: string }, matrix: Array<{ __typename?: 'MigrationCell', clients: number, assets: string, fromTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null, toTier: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } }>, before: Array<{ __typename?: 'TierTotals', clients: number, assets: string, revenue12m: string, tier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null }>, after: Array<{ __typename?: 'TierTotals', clients: number, assets: string, revenue12m: string, tier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null }> } };

export type SimulationMoversQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SimulationMoversQuery = { __typename?: 'Query', simulateTierPolicy: { __typename?: 'TierSimulation', asOf: string, movers: { __typename?: 'ClientMoveConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClientMoveEdge', cursor: string, node: { __typename?: 'ClientMove', avgAssets: string, commission12m: string, points: number, client: { __typename?: 'Client', id: string, name: string, accountNo: string }, fromTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null, toTier: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } } }> } } };

export type ReviewRunFieldsFragment = { __typename?: 'TierReviewRun', id: string, asOf: string, status: TierReviewStatus, progress: number, clientsReviewed: number, changesWritten: number, startedAt: string, finishedAt?: string | null, error?: string | null };

export type TierReviewRunsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type TierReviewRunsQuery = { __typename?: 'Query', tierReviewRuns: Array<{ __typename?: 'TierReviewRun', id: string, asOf: string, status: TierReviewStatus, progress: number, clientsReviewed: number, changesWritten: number, startedAt: string, finishedAt?: string | null, error?: string | null, startedBy?: { __typename?: 'Staff', id: string, name: string } | null, policy: { __typename?: 'TierPolicy', id: string, version: number, name: string } }> };

export type TierReviewRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TierReviewRunQuery = { __typename?: 'Query', tierReviewRun: { __typename?: 'TierReviewRun', id: string, asOf: string, status: TierReviewStatus, progress: number, clientsReviewed: number, changesWritten: number, startedAt: string, finishedAt?: string | null, error?: string | null, policy: { __typename?: 'TierPolicy', id: string, version: number } } };

export type StartTierReviewMutationVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type StartTierReviewMutation = { __typename?: 'Mutation', startTierReview: { __typename?: 'TierReviewRun', id: string, asOf: string, status: TierReviewStatus, progress: number, clientsReviewed: number, changesWritten: number, startedAt: string, finishedAt?: string | null, error?: string | null, policy: { __typename?: 'TierPolicy', id: string, version: number } } };

export type ServiceOfferingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceOfferingsQuery = { __typename?: 'Query', serviceOfferings: Array<{ __typename?: 'ServiceOffering', id: string, code: string, category: OfferingCategory, channel: ServiceChannel, nameZh: string, nameEn: string, pointsCost?: number | null }> };

export type LogContactMutationVariables = Exact<{
  input: LogContactInput;
}>;


export type LogContactMutation = { __typename?: 'Mutation', logContact: { __typename?: 'ServiceLog', id: string, occurredAt: string, summary: string } };

export type ClientServiceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientServiceQuery = { __typename?: 'Query', client: { __typename?: 'Client', id: string, serviceLevels: Array<{ __typename?: 'ServiceLevel', everyDays: number, lastDeliveredAt?: string | null, deliveredInPeriod: number, dueOn: string, status: ServiceLevelStatus, daysOverdue: number, offering: { __typename?: 'ServiceOffering', id: string, code: string, category: OfferingCategory, nameZh: string, nameEn: string } }>, nextBestContact: { __typename?: 'NextBestContact', channel: ServiceChannel, reasonCode: NextContactReason, watchSectors: Array<string>, reasonParams: { __typename?: 'NextContactReasonParams', tierCode?: string | null, tierRank?: number | null, topRank?: number | null, assets?: string | null, preferredChannel: boolean }, offering?: { __typename?: 'ServiceOffering', id: string, code: string, nameZh: string, nameEn: string } | null } } };

export type OverrideClientTierMutationVariables = Exact<{
  input: OverrideTierInput;
}>;


export type OverrideClientTierMutation = { __typename?: 'Mutation', overrideClientTier: { __typename?: 'Client', id: string, overrideUntil?: string | null, currentTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null } };

export type WorklistQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WorklistQuery = { __typename?: 'Query', worklist: { __typename?: 'WorklistConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'WorklistEdge', cursor: string, node: { __typename?: 'WorklistItem', kind: WorklistItemKind, dueOn: string, status: ServiceLevelStatus, daysOverdue: number, client: { __typename?: 'Client', id: string, name: string, accountNo: string, latestTotalAssets?: string | null, latestMetricsOn?: string | null, currentTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null, nextBestContact: { __typename?: 'NextBestContact', channel: ServiceChannel, reasonCode: NextContactReason, reason: string, watchSectors: Array<string>, offering?: { __typename?: 'ServiceOffering', id: string, code: string, nameZh: string, nameEn: string } | null } }, followUp?: { __typename?: 'FollowUp', id: string, dueOn: string, serviceLog: { __typename?: 'ServiceLog', id: string, occurredAt: string, summary: string } } | null, serviceLevel?: { __typename?: 'ServiceLevel', everyDays: number, dueOn: string, status: ServiceLevelStatus, daysOverdue: number, lastDeliveredAt?: string | null, offering: { __typename?: 'ServiceOffering', id: string, code: string, nameZh: string, nameEn: string } } | null } }> } };

export type RescheduleFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  dueOn: Scalars['LocalDate']['input'];
  reason: Scalars['String']['input'];
}>;


export type RescheduleFollowUpMutation = { __typename?: 'Mutation', rescheduleFollowUp: { __typename?: 'FollowUp', id: string, dueOn: string, status: FollowUpStatus } };

export const ReviewRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierReviewRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"clientsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"changesWritten"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ReviewRunFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ActiveTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ActiveTiersQuery, ActiveTiersQueryVariables>;
export const BookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Book"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestTotalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"latestMetricsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastContact"}},{"kind":"Field","name":{"kind":"Name","value":"currentTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookQuery, BookQueryVariables>;
export const ClientDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"investmentStyle"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannels"}},{"kind":"Field","name":{"kind":"Name","value":"watchSectors"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestTotalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"latestMetricsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastContact"}},{"kind":"Field","name":{"kind":"Name","value":"overrideUntil"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overrideUntil"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"avgAssets"}},{"kind":"Field","name":{"kind":"Name","value":"commission12m"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"toDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientDetailQuery, ClientDetailQueryVariables>;
export const ClientAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}}]}}]}}]}}]} as unknown as DocumentNode<ClientAssetsQuery, ClientAssetsQueryVariables>;
export const ClientTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLogsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientTimelineQuery, ClientTimelineQueryVariables>;
export const ClientPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientPointsQuery, ClientPointsQueryVariables>;
export const RedeemPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RedeemPointsMutation, RedeemPointsMutationVariables>;
export const TierPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchRule"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"downgradeAfter"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<TierPoliciesQuery, TierPoliciesQueryVariables>;
export const TierPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchRule"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"downgradeAfter"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"minAvgAssets"}},{"kind":"Field","name":{"kind":"Name","value":"minCommission12m"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"everyDays"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"per10kAvgAssets"}},{"kind":"Field","name":{"kind":"Name","value":"per100Commission"}},{"kind":"Field","name":{"kind":"Name","value":"perTenureYear"}},{"kind":"Field","name":{"kind":"Name","value":"perReferral"}}]}}]}}]}}]} as unknown as DocumentNode<TierPolicyQuery, TierPolicyQueryVariables>;
export const CreateTierPolicyDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTierPolicyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTierPolicyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateTierPolicyDraftMutation, CreateTierPolicyDraftMutationVariables>;
export const UpdateTierPolicyDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTierPolicyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TierPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTierPolicyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateTierPolicyDraftMutation, UpdateTierPolicyDraftMutationVariables>;
export const CopyTierPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyTierPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyTierPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CopyTierPolicyMutation, CopyTierPolicyMutationVariables>;
export const ActivateTierPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateTierPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateTierPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateTierPolicyMutation, ActivateTierPolicyMutationVariables>;
export const SimulateTierPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateTierPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateTierPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"clientsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"assets"}},{"kind":"Field","name":{"kind":"Name","value":"fromTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"assets"}},{"kind":"Field","name":{"kind":"Name","value":"revenue12m"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"assets"}},{"kind":"Field","name":{"kind":"Name","value":"revenue12m"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimulateTierPolicyQuery, SimulateTierPolicyQueryVariables>;
export const SimulationMoversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulationMovers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateTierPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"movers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avgAssets"}},{"kind":"Field","name":{"kind":"Name","value":"commission12m"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimulationMoversQuery, SimulationMoversQueryVariables>;
export const TierReviewRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierReviewRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierReviewRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierReviewRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"clientsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"changesWritten"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<TierReviewRunsQuery, TierReviewRunsQueryVariables>;
export const TierReviewRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierReviewRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierReviewRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierReviewRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"clientsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"changesWritten"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<TierReviewRunQuery, TierReviewRunQueryVariables>;
export const StartTierReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTierReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTierReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TierReviewRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"clientsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"changesWritten"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<StartTierReviewMutation, StartTierReviewMutationVariables>;
export const ServiceOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCost"}}]}}]}}]} as unknown as DocumentNode<ServiceOfferingsQuery, ServiceOfferingsQueryVariables>;
export const LogContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<LogContactMutation, LogContactMutationVariables>;
export const ClientServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"everyDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextBestContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasonParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierCode"}},{"kind":"Field","name":{"kind":"Name","value":"tierRank"}},{"kind":"Field","name":{"kind":"Name","value":"topRank"}},{"kind":"Field","name":{"kind":"Name","value":"assets"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"watchSectors"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientServiceQuery, ClientServiceQueryVariables>;
export const OverrideClientTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideClientTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverrideTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideClientTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overrideUntil"}},{"kind":"Field","name":{"kind":"Name","value":"currentTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<OverrideClientTierMutation, OverrideClientTierMutationVariables>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"latestTotalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"latestMetricsOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextBestContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"watchSectors"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"everyDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;
export const RescheduleFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RescheduleFollowUpMutation, RescheduleFollowUpMutationVariables>;