import type { ClientSegment, InvestmentStyle } from '../clients/client.entity.js';
import type { ServiceChannel } from '../service-logs/service-log.enums.js';

export const NEXT_CONTACT_REASONS = [
  'SHORT_TERM_TRADER', 'MID_TERM_INVESTOR', 'HIGH_VALUE', 'PROFESSIONAL', 'BUSINESS_PERSON', 'LONG_TERM_HOLDER',
] as const;
export type NextContactReason = (typeof NEXT_CONTACT_REASONS)[number];

/** What the suggestion is made from. Assets are a decimal string (CNY), never a float. */
export interface ContactFacts {
  investmentStyle: InvestmentStyle;
  segment: ClientSegment;
  /** the current tier, null when the client has none yet */
  tier: { code: string; rank: number; topRank: number } | null;
  latestTotalAssets: string | null;
  preferredChannels: readonly ServiceChannel[];
  watchSectors: readonly string[];
}

export interface ContactSuggestion {
  channel: ServiceChannel;
  /** a service_offering code */
  offeringCode: string;
  reasonCode: NextContactReason;
  /** the facts behind reasonCode, for a reader to word in its own language */
  reasonParams: ReasonParams;
  /** the same in English words, for API consumers */
  reason: string;
  watchSectors: string[];
}

/** What made a client high value (either or both), and whether the channel is one the client prefers. */
export interface ReasonParams {
  tier: { code: string; rank: number; topRank: number } | null;
  assets: string | null;
  preferredChannel: boolean;
}

/** The high-net-worth band (高净值) of DOMAIN.md: a client with this much is high value whatever its tier. */
export const HIGH_VALUE_ASSETS = 6_000_000n;

interface Option { channel: ServiceChannel; offering: string; what: string }

// 长城证券 “财富长城”: each kind of client, the channels that suit it, first = the default
const RULES: Record<NextContactReason, { label: string; options: Option[] }> = {
  HIGH_VALUE: { label: 'High-value client', options: [
    { channel: 'PHONE', offering: 'ONE_TO_ONE_CALL', what: 'one-to-one service by phone' },
    { channel: 'FACE_TO_FACE', offering: 'ONE_TO_ONE_CALL', what: 'one-to-one service face to face' },
  ] },
  PROFESSIONAL: { label: 'Professional investor', options: [
    { channel: 'SEMINAR', offering: 'AV_SESSION', what: 'audio/video sessions go as deep as they want' },
  ] },
  BUSINESS_PERSON: { label: 'Business person', options: [
    { channel: 'WECHAT', offering: 'HOLDINGS_PUSH', what: 'mobile push over WeChat fits a busy day' },
  ] },
  SHORT_TERM_TRADER: { label: 'Short-term trader', options: [
    { channel: 'SMS', offering: 'SMS_ALERT', what: 'SMS alerts reach them fastest' },
  ] },
  MID_TERM_INVESTOR: { label: 'Mid-term investor', options: [
    { channel: 'WEB', offering: 'RESEARCH_REPORT', what: 'research to read on the web' },
    { channel: 'EMAIL', offering: 'RESEARCH_REPORT', what: 'research to read by email' },
  ] },
  LONG_TERM_HOLDER: { label: 'Long-term holder', options: [
    { channel: 'WECHAT', offering: 'HOLDINGS_PUSH', what: 'news pushed from their holdings over WeChat' },
    { channel: 'FACE_TO_FACE', offering: 'PORTFOLIO_REVIEW', what: 'a periodic portfolio review face to face' },
  ] },
};

const STYLE_REASON: Record<InvestmentStyle, NextContactReason> = {
  SHORT_TERM: 'SHORT_TERM_TRADER', MID_TERM: 'MID_TERM_INVESTOR', LONG_TERM: 'LONG_TERM_HOLDER',
};

const wholeYuan = (assets: string | null) => (assets === null ? null : BigInt(assets.split('.')[0] ?? '0'));
const withCommas = (assets: string) => assets.replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/** Why the client is high value: its tier, its assets, or both; both null when it is not. */
function highValue(f: ContactFacts): { tier: ReasonParams['tier']; assets: string | null } {
  // the top tier and the one below it are the core clients (核心客户) owed one-to-one service
  const tier = f.tier && f.tier.rank >= f.tier.topRank - 1 ? { ...f.tier } : null;
  const yuan = wholeYuan(f.latestTotalAssets);
  const assets = yuan !== null && yuan >= HIGH_VALUE_ASSETS ? f.latestTotalAssets : null;
  return { tier, assets };
}

/**
 * The next best contact for a client, after 长城证券's matching in DOMAIN.md. Precedence:
 * high value (top tiers, or assets ≥ CNY 6m) > professional > business person > investment
 * style. Where the rule offers more than one channel, the first the client lists among its
 * preferred channels wins (in the client's order), else the rule's default.
 */
export function nextBestContact(f: ContactFacts): ContactSuggestion {
  const value = highValue(f);
  const valueFacts = [
    ...(value.tier ? [`tier ${value.tier.code}, rank ${value.tier.rank} of ${value.tier.topRank}`] : []),
    ...(value.assets ? [`assets CNY ${withCommas(value.assets)}`] : []),
  ];
  const reasonCode: NextContactReason = valueFacts.length
    ? 'HIGH_VALUE'
    : f.segment === 'PROFESSIONAL'
      ? 'PROFESSIONAL'
      : f.segment === 'BUSINESS'
        ? 'BUSINESS_PERSON'
        : STYLE_REASON[f.investmentStyle];
  const rule = RULES[reasonCode];
  const preferred = rule.options.length > 1
    ? f.preferredChannels.map((ch) => rule.options.find((o) => o.channel === ch)).find((o) => o !== undefined)
    : undefined;
  const option = preferred ?? rule.options[0]!;

  const label = valueFacts.length ? `${rule.label} (${valueFacts.join('; ')})` : rule.label;
  const parts = [`${label}: ${option.what}${preferred ? ', a channel they prefer' : ''}`];
  if (f.watchSectors.length) parts.push(`watches ${f.watchSectors.join(', ')}`);
  return {
    channel: option.channel,
    offeringCode: option.offering,
    reasonCode,
    reasonParams: { ...value, preferredChannel: preferred !== undefined },
    reason: parts.join('; '),
    watchSectors: [...f.watchSectors],
  };
}
