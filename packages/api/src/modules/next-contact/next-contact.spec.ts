import { describe, expect, it } from 'vitest';
import { nextBestContact, type ContactFacts } from './next-contact.js';

const retail = (over: Partial<ContactFacts> = {}): ContactFacts => ({
  investmentStyle: 'MID_TERM', segment: 'RETAIL', tier: { code: 'INFO', rank: 2, topRank: 4 },
  latestTotalAssets: '250000.00', preferredChannels: [], watchSectors: [], ...over,
});

describe('next best contact (长城证券 matching)', () => {
  it.each([
    ['short-term trader', { investmentStyle: 'SHORT_TERM' }, 'SHORT_TERM_TRADER', 'SMS', 'SMS_ALERT'],
    ['mid-term investor', { investmentStyle: 'MID_TERM' }, 'MID_TERM_INVESTOR', 'WEB', 'RESEARCH_REPORT'],
    ['long-term holder', { investmentStyle: 'LONG_TERM' }, 'LONG_TERM_HOLDER', 'WECHAT', 'HOLDINGS_PUSH'],
    ['business person', { segment: 'BUSINESS', investmentStyle: 'SHORT_TERM' }, 'BUSINESS_PERSON', 'WECHAT', 'HOLDINGS_PUSH'],
    ['professional', { segment: 'PROFESSIONAL', investmentStyle: 'SHORT_TERM' }, 'PROFESSIONAL', 'SEMINAR', 'AV_SESSION'],
    ['top-tier client', { tier: { code: 'BUTLER', rank: 4, topRank: 4 } }, 'HIGH_VALUE', 'PHONE', 'ONE_TO_ONE_CALL'],
    ['client one tier below the top', { tier: { code: 'CLASSIC', rank: 3, topRank: 4 } }, 'HIGH_VALUE', 'PHONE', 'ONE_TO_ONE_CALL'],
    ['client with CNY 6m in a low tier', { latestTotalAssets: '6000000.00' }, 'HIGH_VALUE', 'PHONE', 'ONE_TO_ONE_CALL'],
  ] as const)('suggests for a %s', (_label, over, reasonCode, channel, offeringCode) => {
    expect(nextBestContact(retail(over as Partial<ContactFacts>))).toMatchObject({ reasonCode, channel, offeringCode });
  });

  it('puts high value before professional and business, and those before style', () => {
    const whale = retail({ segment: 'PROFESSIONAL', investmentStyle: 'SHORT_TERM', latestTotalAssets: '12000000.00' });
    expect(nextBestContact(whale).reasonCode).toBe('HIGH_VALUE');
    expect(nextBestContact(retail({ segment: 'BUSINESS', investmentStyle: 'LONG_TERM' })).reasonCode).toBe('BUSINESS_PERSON');
  });

  it('does not count assets just under CNY 6m, or a client without a tier, as high value', () => {
    expect(nextBestContact(retail({ latestTotalAssets: '5999999.99' })).reasonCode).toBe('MID_TERM_INVESTOR');
    expect(nextBestContact(retail({ tier: null, latestTotalAssets: null, investmentStyle: 'SHORT_TERM' })).reasonCode).toBe('SHORT_TERM_TRADER');
  });

  it('picks the channel the client prefers where the rule allows a choice, in the client\'s order', () => {
    expect(nextBestContact(retail({ preferredChannels: ['SMS', 'EMAIL', 'WEB'] })).channel).toBe('EMAIL');
    expect(nextBestContact(retail({ tier: { code: 'BUTLER', rank: 4, topRank: 4 }, preferredChannels: ['FACE_TO_FACE'] })).channel).toBe('FACE_TO_FACE');
    const review = nextBestContact(retail({ investmentStyle: 'LONG_TERM', preferredChannels: ['FACE_TO_FACE'] }));
    expect(review).toMatchObject({ channel: 'FACE_TO_FACE', offeringCode: 'PORTFOLIO_REVIEW' });
    expect(review.reason).toContain('a channel they prefer');
  });

  it('keeps the rule\'s channel when it allows no choice, whatever the preferences', () => {
    expect(nextBestContact(retail({ investmentStyle: 'SHORT_TERM', preferredChannels: ['PHONE'] })).channel).toBe('SMS');
  });

  it('gives the reason in words naming the facts used', () => {
    expect(nextBestContact(retail({ investmentStyle: 'SHORT_TERM', watchSectors: ['新能源', '半导体'] }))).toMatchObject({
      reason: 'Short-term trader: SMS alerts reach them fastest; watches 新能源, 半导体',
      watchSectors: ['新能源', '半导体'],
    });
    expect(nextBestContact(retail({ tier: { code: 'BUTLER', rank: 4, topRank: 4 }, latestTotalAssets: '8200000.50' })).reason).toBe(
      'High-value client (tier BUTLER, rank 4 of 4; assets CNY 8,200,000.50): one-to-one service by phone',
    );
  });
});
