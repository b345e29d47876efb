import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { businessDay } from '../../packages/api/src/shared/time.js';
import { hashPassword } from '../../packages/api/src/modules/auth/password.js';
import { nameInitials } from '../../packages/api/src/modules/clients/client-initials.js';

/**
 * Factories that write rows straight into a test file's own database, so each test
 * arranges exactly the world it asserts on. Every staff member's password is `demo-password`.
 */
let passwordHash: Promise<string> | undefined;
const password = () => (passwordHash ??= hashPassword('demo-password'));

let seq = 0;
const next = () => `${Date.now() % 1_000_000}${++seq}`.padStart(8, '0');

export async function newBranch(db: pg.Client, over: Partial<{ code: string; name: string }> = {}) {
  const id = randomUUID();
  await db.query('insert into branch (id, code, name, city) values ($1, $2, $3, $4)', [id, over.code ?? `T${next()}`, over.name ?? '测试营业部', '深圳']);
  return { id };
}

export async function newStaff(db: pg.Client, role: 'ADVISER' | 'MANAGER' | 'HEAD_OFFICE' | 'COMPLIANCE', branchId: string | null, over: Partial<{ name: string }> = {}) {
  const id = randomUUID();
  const email = `${role.toLowerCase()}.${next()}@test.local`;
  await db.query(
    'insert into staff (id, email, name, role, branch_id, password_hash) values ($1, $2, $3, $4, $5, $6)',
    [id, email, over.name ?? `测试${role}`, role, branchId, await password()],
  );
  return { id, email };
}

export interface ClientOverrides {
  name: string; status: string; latestTotalAssets: string | null; lastContactAt: Date | null; tierCode: string;
  phone: string; accountNo: string;
}

/**
 * A client owned by `adviserId` with an open assignment; tierCode picks a tier of the active policy.
 * Its pinyin initials are filled as the API's writers fill them (nameInitials).
 */
export async function newClient(db: pg.Client, branchId: string, adviserId: string, over: Partial<ClientOverrides> = {}) {
  const id = randomUUID();
  const n = next();
  const name = over.name ?? `客户${n}`;
  await db.query(
    `insert into client (id, account_no, name, id_number, phone, branch_id, adviser_id, status, risk_level, investment_style,
                         preferred_channels, opened_on, latest_total_assets, latest_metrics_on, last_contact_at, current_tier_id, name_initials)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'C3', 'MID_TERM', '{PHONE}', '2020-01-02', $9, $12, $10,
             (select t.id from tier t join tier_policy p on p.id = t.policy_id where p.status = 'ACTIVE' and t.code = $11), $13)`,
    [id, over.accountNo ?? `9${n}`.padEnd(12, '0').slice(0, 12), name, `44030119900101${n.slice(-4)}`, over.phone ?? `138${n.slice(-8).padStart(8, '0')}`,
      branchId, adviserId, over.status ?? 'ACTIVE', over.latestTotalAssets === undefined ? '100000.00' : over.latestTotalAssets,
      over.lastContactAt ?? null, over.tierCode ?? 'CHANNEL', businessDay(), nameInitials(name)],
  );
  await db.query('insert into client_assignment (client_id, adviser_id, assigned_from) values ($1, $2, $3)', [id, adviserId, new Date('2020-01-02')]);
  return { id };
}

/** A small world: a branch with two advisers and a manager. */
export async function newBranchTeam(db: pg.Client) {
  const branch = await newBranch(db);
  const adviser = await newStaff(db, 'ADVISER', branch.id);
  const otherAdviser = await newStaff(db, 'ADVISER', branch.id);
  const manager = await newStaff(db, 'MANAGER', branch.id);
  return { branch, adviser, otherAdviser, manager };
}

export const count = async (db: pg.Client, sql: string, params: unknown[] = []) =>
  Number((await db.query<{ n: string }>(`select count(*) as n from (${sql}) q`, params)).rows[0]?.n ?? 0);
