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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number as a string, e.g. "1234567.89". Money is CNY. */
  Decimal: { input: string; output: string; }
  /** A calendar day, YYYY-MM-DD, in Asia/Shanghai. */
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
  currentTier?: Maybe<Tier>;
  /** Whole days since the last contact, in Asia/Shanghai; null if never contacted. */
  daysSinceLastContact?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** ID number (证件号) with all but the first 3 and last 4 characters masked. */
  idNumberMasked: Scalars['String']['output'];
  investmentStyle: InvestmentStyle;
  lastContactAt?: Maybe<Scalars['DateTimeISO']['output']>;
  latestMetricsOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Total assets on the latest metric day, CNY. */
  latestTotalAssets?: Maybe<Scalars['Decimal']['output']>;
  name: Scalars['String']['output'];
  openedOn: Scalars['LocalDate']['output'];
  /** Phone with the middle four digits masked. */
  phoneMasked: Scalars['String']['output'];
  preferredChannels: Array<ServiceChannel>;
  riskLevel: RiskLevel;
  segment: ClientSegment;
  /** Service log timeline, newest first. */
  serviceLogs: Array<ServiceLog>;
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
export type ClientServiceLogsArgs = {
  first?: Scalars['Int']['input'];
};

export type ClientConnection = {
  __typename?: 'ClientConnection';
  edges: Array<ClientEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClientEdge = {
  __typename?: 'ClientEdge';
  cursor: Scalars['String']['output'];
  node: Client;
};

export type ClientFilter = {
  /** Part of the name, or the start of the account number. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ClientStatus>;
  /** Tier code in the active policy, e.g. BUTLER. */
  tierCode?: InputMaybe<Scalars['String']['input']>;
  tierId?: InputMaybe<Scalars['ID']['input']>;
};

/** LAST_CONTACT_OLDEST puts never-contacted clients first: the ones most in need of a call. */
export type ClientOrder =
  | 'LAST_CONTACT_NEWEST'
  | 'LAST_CONTACT_OLDEST'
  | 'LATEST_ASSETS_ASC'
  | 'LATEST_ASSETS_DESC'
  | 'NAME';

export type ClientSegment =
  | 'BUSINESS'
  | 'PROFESSIONAL'
  | 'RETAIL';

/** ACTIVE, DORMANT 休眠, CLOSED 销户, TRANSFERRED_OUT 转出. */
export type ClientStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DORMANT'
  | 'TRANSFERRED_OUT';

/** SHORT_TERM 短线, MID_TERM 中线, LONG_TERM 长线. */
export type InvestmentStyle =
  | 'LONG_TERM'
  | 'MID_TERM'
  | 'SHORT_TERM';

/** One contact with a client, as the adviser records it. */
export type LogContactInput = {
  channel: ServiceChannel;
  clientId: Scalars['ID']['input'];
  /** Follow-up due date; not before the contact. */
  followUpOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Send the same key when retrying: the first entry is returned instead of a duplicate. */
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Record a contact with a client. Errors: BAD_USER_INPUT (with extensions.field), NOT_FOUND, FORBIDDEN. */
  logContact: ServiceLog;
  /** Sets the session cookie and returns a bearer token. A wrong email or password answers UNAUTHENTICATED with one message for both. */
  signIn: SignInPayload;
  /** Ends the current session. Safe to repeat. */
  signOut: Scalars['Boolean']['output'];
};


export type MutationLogContactArgs = {
  input: LogContactInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};

/** CHANNEL 通道, INFORMATION 资讯, ADVISORY 咨询, PRODUCT 产品, CARE 情感服务. */
export type OfferingCategory =
  | 'ADVISORY'
  | 'CARE'
  | 'CHANNEL'
  | 'INFORMATION'
  | 'PRODUCT';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
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

/** The figures a tier decision used. */
export type TierFigures = {
  __typename?: 'TierFigures';
  asOf?: Maybe<Scalars['LocalDate']['output']>;
  avgAssets?: Maybe<Scalars['Decimal']['output']>;
  commission12m?: Maybe<Scalars['Decimal']['output']>;
  points?: Maybe<Scalars['Int']['output']>;
  windowDays?: Maybe<Scalars['Int']['output']>;
};

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


export type BookQuery = { __typename?: 'Query', clients: { __typename?: 'ClientConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClientEdge', cursor: string, node: { __typename?: 'Client', id: string, name: string, accountNo: string, status: ClientStatus, latestTotalAssets?: string | null, latestMetricsOn?: string | null, lastContactAt?: string | null, daysSinceLastContact?: number | null, currentTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null } }> } };

export type ClientDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientDetailQuery = { __typename?: 'Query', client: { __typename?: 'Client', id: string, name: string, accountNo: string, idNumberMasked: string, phoneMasked: string, status: ClientStatus, riskLevel: RiskLevel, investmentStyle: InvestmentStyle, segment: ClientSegment, preferredChannels: Array<ServiceChannel>, watchSectors: Array<string>, openedOn: string, latestTotalAssets?: string | null, latestMetricsOn?: string | null, lastContactAt?: string | null, daysSinceLastContact?: number | null, branch: { __typename?: 'Branch', id: string, name: string, city: string }, adviser?: { __typename?: 'Staff', id: string, name: string } | null, currentTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null, tierHistory: Array<{ __typename?: 'TierChange', id: string, effectiveOn: string, reason: TierChangeReason, policyVersion: number, note?: string | null, overrideUntil?: string | null, changedBy?: { __typename?: 'Staff', id: string, name: string } | null, fromTier?: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string } | null, toTier: { __typename?: 'Tier', id: string, code: string, rank: number, nameZh: string, nameEn: string }, figures: { __typename?: 'TierFigures', asOf?: string | null, avgAssets?: string | null, commission12m?: string | null, points?: number | null, windowDays?: number | null } }>, serviceLogs: Array<{ __typename?: 'ServiceLog', id: string, occurredAt: string, channel: ServiceChannel, kind: ServiceKind, summary: string, outcome: ServiceOutcome, sentiment?: Sentiment | null, followUpOn?: string | null, adviser: { __typename?: 'Staff', id: string, name: string }, offering?: { __typename?: 'ServiceOffering', id: string, code: string, nameZh: string, nameEn: string } | null }> } };

export type ClientAssetsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
}>;


export type ClientAssetsQuery = { __typename?: 'Query', client: { __typename?: 'Client', id: string, assetHistory: Array<{ __typename?: 'AssetPoint', day: string, totalAssets: string }> } };

export type ServiceOfferingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceOfferingsQuery = { __typename?: 'Query', serviceOfferings: Array<{ __typename?: 'ServiceOffering', id: string, code: string, category: OfferingCategory, channel: ServiceChannel, nameZh: string, nameEn: string }> };

export type LogContactMutationVariables = Exact<{
  input: LogContactInput;
}>;


export type LogContactMutation = { __typename?: 'Mutation', logContact: { __typename?: 'ServiceLog', id: string, occurredAt: string, summary: string } };


export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ActiveTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ActiveTiersQuery, ActiveTiersQueryVariables>;
export const BookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Book"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestTotalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"latestMetricsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastContact"}},{"kind":"Field","name":{"kind":"Name","value":"currentTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookQuery, BookQueryVariables>;
export const ClientDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"investmentStyle"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannels"}},{"kind":"Field","name":{"kind":"Name","value":"watchSectors"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"latestTotalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"latestMetricsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastContact"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"overrideUntil"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"avgAssets"}},{"kind":"Field","name":{"kind":"Name","value":"commission12m"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"adviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientDetailQuery, ClientDetailQueryVariables>;
export const ClientAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}}]}}]}}]}}]} as unknown as DocumentNode<ClientAssetsQuery, ClientAssetsQueryVariables>;
export const ServiceOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceOfferings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ServiceOfferingsQuery, ServiceOfferingsQueryVariables>;
export const LogContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<LogContactMutation, LogContactMutationVariables>;