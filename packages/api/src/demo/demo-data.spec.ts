import { describe, expect, it } from 'vitest';
import { drawClient, idCheckChar, type DemoClient } from './demo-clients.js';
import { AUTO_SCALE_FROM, DEMO_DEFAULTS, DEMO_SIGN_INS, orgScaleOf } from './demo-data.js';
import { buildOrg } from './demo-org.js';
import { addDays, isoDow, seededFaker, topShare } from './demo-rand.js';
import { unnestInsert } from './demo-sql-util.js';

const AS_OF = '2026-11-24';

function draw(seed: number, clients = 3000, days = 365): { org: ReturnType<typeof buildOrg>; clients: DemoClient[] } {
  const f = seededFaker(seed);
  const org = buildOrg(f);
  const ctx = { org, asOf: AS_OF, days };
  return { org, clients: Array.from({ length: clients }, (_, i) => drawClient(f, i, ctx)) };
}

const sample = draw(20091);

describe('demo data generator', () => {
  it('is deterministic in the seed, ids included', () => {
    const again = draw(20091, 200);
    expect(again.org).toEqual(sample.org);
    expect(again.clients).toEqual(sample.clients.slice(0, 200));
    const other = draw(20092, 200);
    expect(other.clients[0]?.id).not.toEqual(sample.clients[0]?.id);
    expect(other.clients.map((c) => c.baseAssets)).not.toEqual(again.clients.map((c) => c.baseAssets));
  });

  it('gives long-tailed assets: the top 20% of clients hold about 80%', () => {
    const assets = sample.clients.map((c) => c.baseAssets);
    expect(topShare(assets, 0.2)).toBeGreaterThan(0.72);
    expect(topShare(assets, 0.2)).toBeLessThan(0.88);
    expect(Math.min(...assets)).toBeGreaterThanOrEqual(10_000);
    const over6m = assets.filter((a) => a > 6_000_000).length;
    expect(over6m).toBeGreaterThanOrEqual(5);
    expect(over6m).toBeLessThan(assets.length * 0.03);
    expect(assets.filter((a) => a < 500_000).length).toBeGreaterThan(assets.length * 0.6);
  });

  it('staffs every role and the fixed sign-ins', () => {
    const { staff, branches } = sample.org;
    expect(staff.length).toBeGreaterThanOrEqual(28);
    expect(staff.length).toBeLessThanOrEqual(32);
    for (const role of ['ADVISER', 'MANAGER', 'HEAD_OFFICE', 'COMPLIANCE']) expect(staff.some((s) => s.role === role)).toBe(true);
    for (const b of branches) expect(staff.filter((s) => s.role === 'MANAGER' && s.branchId === b.id)).toHaveLength(1);
    for (const s of DEMO_SIGN_INS) expect(staff.find((x) => x.email === s.email)?.role).toBe(s.role);
    const sz01 = branches.find((b) => b.code === 'SZ01')?.id;
    for (const email of ['adviser@demo.local', 'adviser2@demo.local', 'manager@demo.local']) {
      expect(staff.find((s) => s.email === email)?.branchId).toBe(sz01);
    }
    const adviserId = staff.find((s) => s.email === 'adviser@demo.local')?.id;
    const book = sample.clients.filter((c) => c.adviserId === adviserId).length;
    expect(book).toBeGreaterThanOrEqual(80);
    expect(book).toBeLessThanOrEqual(150);
  });

  it('draws plausible client records', () => {
    const accounts = new Set(sample.clients.map((c) => c.accountNo));
    expect(accounts.size).toBe(sample.clients.length);
    const windowStart = addDays(AS_OF, -364);
    for (const c of sample.clients) {
      expect(c.accountNo).toMatch(/^\d{12}$/);
      expect(c.idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(c.idNumber.slice(17)).toBe(idCheckChar(c.idNumber.slice(0, 17)));
      expect(c.phone).toMatch(/^1\d{10}$/);
      const born = `${c.idNumber.slice(6, 10)}-${c.idNumber.slice(10, 12)}-${c.idNumber.slice(12, 14)}`;
      expect(Number.isNaN(Date.parse(born))).toBe(false);
      expect(addDays(born, 18 * 365) < c.openedOn).toBe(true);
      expect(c.openedOn < windowStart).toBe(true);
      expect(addDays(windowStart, -3660) < c.openedOn).toBe(true);
      expect(c.commissionRate).toBeGreaterThanOrEqual(0.0002);
      expect(c.commissionRate).toBeLessThanOrEqual(0.0008);
      if (c.style === 'SHORT_TERM') expect(c.channels).toEqual(expect.arrayContaining(['SMS', 'WECHAT']));
      if (c.style === 'MID_TERM') expect(c.channels).toEqual(expect.arrayContaining(['WEB', 'EMAIL']));
      if (c.baseAssets >= 1_000_000) expect(c.channels).toEqual(expect.arrayContaining(['PHONE', 'FACE_TO_FACE']));
    }
    // the standard's own example
    expect(idCheckChar('11010519491231002')).toBe('X');
  });

  it('makes about 10% of clients drift away, and only they close or transfer out', () => {
    const drifting = sample.clients.filter((c) => c.driftStart !== null);
    expect(drifting.length / sample.clients.length).toBeGreaterThan(0.07);
    expect(drifting.length / sample.clients.length).toBeLessThan(0.13);
    for (const c of drifting) {
      expect(c.contactEnd <= addDays(AS_OF, -60)).toBe(true);
      expect(c.driftStart !== null && c.driftStart >= addDays(AS_OF, -90)).toBe(true);
      if (c.closeDay) {
        expect(c.closeDay > (c.driftStart ?? '') && c.closeDay <= AS_OF).toBe(true);
        expect(isoDow(c.closeDay)).toBeLessThan(6);
      }
    }
    const closed = sample.clients.filter((c) => c.status === 'CLOSED' || c.status === 'TRANSFERRED_OUT');
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((c) => c.driftStart !== null && c.closeDay !== null)).toBe(true);
    expect(sample.clients.filter((c) => c.status === 'ACTIVE').length / sample.clients.length).toBeGreaterThan(0.8);
  });

  it('builds unnest() batch inserts', () => {
    const { sql, params } = unnestInsert('t', [['a', 'uuid', (r: { a: string; b: string[] }) => r.a],
      ['b', 'text', (r) => r.b.join(','), (v) => `string_to_array(${v}, ',')`]], [{ a: 'x', b: ['1', '2'] }]);
    expect(sql).toBe("insert into t (a, b) select u.c1, string_to_array(u.c2, ',') from unnest($1::uuid[], $2::text[]) as u(c1, c2)");
    expect(params).toEqual([['x'], ['1,2']]);
  });

  it('keeps the fixed organisation below AUTO_SCALE_FROM clients unless asked to scale', () => {
    const opts = { ...DEMO_DEFAULTS, asOf: AS_OF };
    expect(orgScaleOf(opts)).toBeUndefined();
    expect(orgScaleOf({ ...opts, clients: AUTO_SCALE_FROM - 1 })).toBeUndefined();
    expect(orgScaleOf({ ...opts, clients: 1_000_000 })).toEqual({ clients: 1_000_000, clientsPerAdviser: 500, clientsPerBranch: 250_000 });
    expect(orgScaleOf({ ...opts, clientsPerAdviser: 100 })).toEqual({ clients: 3000, clientsPerAdviser: 100, clientsPerBranch: 250_000 });
  });

  it('scales branches and advisers with the clients: a million gives 4 branches of ~250k and ~500 clients an adviser', () => {
    const million = buildOrg(seededFaker(20091), { clients: 1_000_000, clientsPerAdviser: 500, clientsPerBranch: 250_000 });
    expect(million.branches.map((b) => b.code)).toEqual(['SZ01', 'SH01', 'BJ01', 'GZ01']);
    expect(million.staff.filter((s) => s.role === 'ADVISER')).toHaveLength(2000);
    for (const b of million.branches) {
      expect(million.staff.filter((s) => s.role === 'ADVISER' && s.branchId === b.id)).toHaveLength(500);
      expect(million.staff.filter((s) => s.role === 'MANAGER' && s.branchId === b.id)).toHaveLength(1);
    }
    expect(new Set(million.staff.map((s) => s.email)).size).toBe(million.staff.length);
    for (const s of DEMO_SIGN_INS) expect(million.staff.find((x) => x.email === s.email)?.role).toBe(s.role);
    // more branches than the four named ones get their own codes and account prefixes
    const six = buildOrg(seededFaker(1), { clients: 1_500_000, clientsPerAdviser: 500, clientsPerBranch: 250_000 });
    expect(six.branches.map((b) => [b.code, b.accountPrefix])).toEqual([['SZ01', '1001'], ['SH01', '1002'], ['BJ01', '1003'],
      ['GZ01', '1004'], ['B05', '1005'], ['B06', '1006']]);

    // the same shape in small: 20,000 clients, 5,000 a branch, 500 an adviser
    const f = seededFaker(20091);
    const org = buildOrg(f, { clients: 20_000, clientsPerAdviser: 500, clientsPerBranch: 5000 });
    const ctx = { org, asOf: AS_OF, days: 60 };
    const clients = Array.from({ length: 20_000 }, (_, i) => drawClient(f, i, ctx));
    const adviserId = org.staff.find((s) => s.email === 'adviser@demo.local')?.id;
    const book = clients.filter((c) => c.adviserId === adviserId).length;
    expect(book).toBeGreaterThan(400);
    expect(book).toBeLessThan(600);
    const manager = org.staff.find((s) => s.email === 'manager@demo.local');
    const branch = clients.filter((c) => c.branchId === manager?.branchId);
    expect(branch.length).toBeGreaterThan(4500);
    expect(branch.length).toBeLessThan(5500);
    expect(new Set(branch.map((c) => c.adviserId)).size).toBe(10);
    expect(new Set(clients.map((c) => c.accountNo)).size).toBe(clients.length);
    expect(clients.every((c) => c.managerId === org.staff.find((s) => s.role === 'MANAGER' && s.branchId === c.branchId)?.id)).toBe(true);
  });

  it('defaults to 3,000 clients over a year, ending today in Shanghai', () => {
    expect(DEMO_DEFAULTS).toMatchObject({ clients: 3000, days: 365, seed: 20091 });
    expect(DEMO_DEFAULTS.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
