import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient } from '../factories/index.js';

const world = useTestWorld();

const NEXT = `query($id: ID!) { client(id: $id) { nextBestContact { channel reasonCode reasonParams { tierCode tierRank topRank assets preferredChannel } reason watchSectors offering { code channel } } } }`;

describe('next best contact', () => {
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let token: string;

  beforeAll(async () => {
    team = await newBranchTeam(world.db);
    token = await world.signIn(team.adviser.email);
  });

  /** A client with the given tier, assets and profile columns. */
  async function profiled(tierCode: string, assets: string, profile: { style: string; segment: string; channels: string[]; sectors: string[] }) {
    const c = await newClient(world.db, team.branch.id, team.adviser.id, { tierCode, latestTotalAssets: assets });
    await world.db.query(
      'update client set investment_style = $2, segment = $3, preferred_channels = $4, watch_sectors = $5 where id = $1',
      [c.id, profile.style, profile.segment, profile.channels, profile.sectors],
    );
    return c;
  }

  it.each([
    ['a top-tier client', 'BUTLER', '3000000.00', { style: 'SHORT_TERM', segment: 'PROFESSIONAL', channels: ['FACE_TO_FACE'], sectors: [] },
      { reasonCode: 'HIGH_VALUE', channel: 'FACE_TO_FACE', offering: { code: 'ONE_TO_ONE_CALL', channel: 'PHONE' },
        reasonParams: { tierCode: 'BUTLER', assets: null, preferredChannel: true } }],
    ['a low-tier client with CNY 6.5m', 'CHANNEL', '6500000.00', { style: 'MID_TERM', segment: 'RETAIL', channels: [], sectors: [] },
      { reasonCode: 'HIGH_VALUE', channel: 'PHONE', reason: 'High-value client (assets CNY 6,500,000.00): one-to-one service by phone',
        reasonParams: { tierCode: null, tierRank: null, topRank: null, assets: '6500000.00', preferredChannel: false } }],
    ['a professional', 'INFO', '200000.00', { style: 'SHORT_TERM', segment: 'PROFESSIONAL', channels: [], sectors: [] },
      { reasonCode: 'PROFESSIONAL', channel: 'SEMINAR', offering: { code: 'AV_SESSION', channel: 'SEMINAR' } }],
    ['a business person', 'INFO', '200000.00', { style: 'LONG_TERM', segment: 'BUSINESS', channels: [], sectors: [] },
      { reasonCode: 'BUSINESS_PERSON', channel: 'WECHAT', offering: { code: 'HOLDINGS_PUSH', channel: 'WECHAT' } }],
    ['a short-term trader', 'INFO', '200000.00', { style: 'SHORT_TERM', segment: 'RETAIL', channels: ['PHONE'], sectors: ['新能源', '半导体'] },
      { reasonCode: 'SHORT_TERM_TRADER', channel: 'SMS', offering: { code: 'SMS_ALERT', channel: 'SMS' },
        reason: 'Short-term trader: SMS alerts reach them fastest; watches 新能源, 半导体', watchSectors: ['新能源', '半导体'] }],
    ['a mid-term investor who prefers email', 'INFO', '200000.00', { style: 'MID_TERM', segment: 'RETAIL', channels: ['EMAIL'], sectors: [] },
      { reasonCode: 'MID_TERM_INVESTOR', channel: 'EMAIL', offering: { code: 'RESEARCH_REPORT', channel: 'EMAIL' },
        reasonParams: { tierCode: null, assets: null, preferredChannel: true } }],
    ['a long-term holder', 'CHANNEL', '50000.00', { style: 'LONG_TERM', segment: 'RETAIL', channels: [], sectors: ['白酒'] },
      { reasonCode: 'LONG_TERM_HOLDER', channel: 'WECHAT', offering: { code: 'HOLDINGS_PUSH', channel: 'WECHAT' } }],
  ] as const)('suggests for %s', async (_label, tier, assets, profile, expected) => {
    const c = await profiled(tier, assets, { ...profile, channels: [...profile.channels], sectors: [...profile.sectors] });
    const r = await world.gql(NEXT, { id: c.id }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.client.nextBestContact).toMatchObject(expected);
  });
});
