import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient, newStaff, count } from '../factories/index.js';
import { initOrm } from '../../packages/api/src/db/orm.js';
import { Client } from '../../packages/api/src/modules/clients/client.entity.js';
import { clientScopeOf, scopeFilter, scopeSql } from '../../packages/api/src/modules/auth/access/client-scope.js';
import {
  ACT_AS_SQL, actAsParams, beginActingTransaction, beginActingTransactionForToken, endActingTransaction,
} from '../../packages/api/src/modules/auth/access/acting-transaction.js';
import { tokenHash } from '../../packages/api/src/modules/auth/session.service.js';
import type { Viewer } from '../../packages/api/src/modules/auth/viewer.js';
import { buildLoaders } from '../../packages/api/src/context.js';
import { query } from '../../packages/api/src/shared/sql.js';

const world = useTestWorld();

const DEMO = ['adviser@demo.local', 'adviser2@demo.local', 'manager@demo.local', 'head@demo.local', 'compliance@demo.local'];

async function viewerOf(db: pg.Client, email: string): Promise<Viewer> {
  const r = (await db.query('select id, name, email, role, branch_id from staff where email = $1', [email])).rows[0];
  return { id: r.id, name: r.name, email: r.email, role: r.role, branchId: r.branch_id };
}

/** A pg client acting as crm_api for `viewer`, the same statement the API runs per request; raw SQL, no API checks. */
async function actingAs<T>(url: string, viewer: Viewer | null, fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('begin');
    let n = 0;
    await db.query(ACT_AS_SQL.replace(/\?/g, () => `$${++n}`), actAsParams(viewer));
    return await fn(db);
  } finally {
    await db.query('rollback').catch(() => {});
    await db.end();
  }
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const CLIENT_TABLES_SQL = `select distinct c.table_name from information_schema.columns c join pg_class k on k.relname = c.table_name
  and k.relnamespace = 'public'::regnamespace where c.table_schema = 'public' and c.column_name in ('client_id', 'referred_client_id')
  and k.relkind in ('r', 'p') and not k.relispartition order by 1`;

describe('one client scope, enforced by the API and by PostgreSQL', () => {
  let orm: MikroORM;
  let team: Awaited<ReturnType<typeof newBranchTeam>>;
  let mine: { id: string };
  let colleagues: { id: string };
  let otherBranch: { id: string };

  beforeAll(async () => {
    orm = await initOrm(world.dbUrl, { poolMax: 2 });
    team = await newBranchTeam(world.db);
    const other = await newBranchTeam(world.db);
    mine = await newClient(world.db, team.branch.id, team.adviser.id);
    colleagues = await newClient(world.db, team.branch.id, team.otherAdviser.id);
    otherBranch = await newClient(world.db, other.branch.id, other.adviser.id);
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it.each(DEMO)('selects the same clients through the ORM filter, the SQL predicate and RLS for %s', async (email) => {
    const viewer = await viewerOf(world.db, email);
    const scope = clientScopeOf(viewer);
    const byOrm = ids(await orm.em.fork().find(Client, scopeFilter(scope), { fields: ['id'] }));
    const where = scopeSql(scope);
    const bySql = ids(await query<{ id: string }>(orm.em.fork(), `select c.id from client c where ${where.sql}`, where.params));
    const byRls = ids((await actingAs(world.dbUrl, viewer, (db) => db.query('select id from client'))).rows);
    expect(byOrm.length).toBeGreaterThan(0);
    expect(bySql).toEqual(byOrm);
    expect(byRls).toEqual(byOrm);
    const all = Number((await world.db.query('select count(*) as n from client')).rows[0].n);
    if (viewer.role === 'ADVISER' || viewer.role === 'MANAGER') expect(byOrm.length).toBeLessThan(all);
    else expect(byOrm.length).toBe(all);
  });

  it('shows an adviser only their own rows in every client-scoped table, with the API bypassed', async () => {
    const viewer = await viewerOf(world.db, team.adviser.email);
    await world.db.query(`insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome)
      select id, $2, now(), 'PHONE', 'ADVISORY', 'x', 'RESOLVED' from client where id = any($1)`,
    [[mine.id, colleagues.id, otherBranch.id], team.adviser.id]);
    await actingAs(world.dbUrl, viewer, async (db) => {
      expect(ids((await db.query('select id from client')).rows)).toEqual([mine.id]);
      expect((await db.query('select distinct client_id as id from service_log')).rows.map((r) => r.id)).toEqual([mine.id]);
      expect((await db.query('select distinct client_id as id from client_assignment')).rows.map((r) => r.id)).toEqual([mine.id]);
    });
  });

  // Child-table policies under raw SQL: an adviser with a big book (257 clients) and the manager of
  // that branch see exactly their clients' rows (kept from trying a bounded id-array policy).
  it('shows a manager and an adviser with a 257-client book only their rows in child tables', async () => {
    const big = await newBranchTeam(world.db);
    const book: { id: string }[] = [];
    for (let i = 0; i < 257; i++) book.push(await newClient(world.db, big.branch.id, big.adviser.id));
    const colleague = await newClient(world.db, big.branch.id, big.otherAdviser.id);
    await world.db.query(`insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome)
      select id, $2, now(), 'PHONE', 'ADVISORY', 'x', 'RESOLVED' from client where id = any($1)`,
    [[book[0]!.id, colleague.id, mine.id, otherBranch.id], big.adviser.id]);
    const logged = (db: pg.Client, ids: string[]) =>
      db.query('select distinct client_id as id from service_log where client_id = any($1) order by 1', [ids]).then((r) => r.rows.map((x) => x.id));
    const probe = [book[0]!.id, colleague.id, mine.id, otherBranch.id];
    await actingAs(world.dbUrl, await viewerOf(world.db, big.adviser.email), async (db) => {
      expect(await logged(db, probe)).toEqual([book[0]!.id]);
      expect(await count(db, 'select 1 from client_assignment')).toBe(257);
    });
    await actingAs(world.dbUrl, await viewerOf(world.db, big.manager.email), async (db) => {
      expect(await logged(db, probe)).toEqual([book[0]!.id, colleague.id].sort());
      expect(await count(db, 'select 1 from client_assignment')).toBe(258);
    });
  });

  it('lets an adviser write only their own clients, with the API bypassed', async () => {
    const viewer = await viewerOf(world.db, team.adviser.email);
    const insertLog = (db: pg.Client, clientId: string) => db.query(
      `insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome) values ($1, $2, now(), 'PHONE', 'ADVISORY', 'x', 'RESOLVED')`,
      [clientId, viewer.id]);
    await actingAs(world.dbUrl, viewer, async (db) => {
      await insertLog(db, mine.id);
      expect((await db.query('update client set last_contact_at = now() where id = $1', [mine.id])).rowCount).toBe(1);
      expect((await db.query('update client set last_contact_at = now() where id = any($1)', [[colleagues.id, otherBranch.id]])).rowCount).toBe(0);
    });
    for (const foreign of [colleagues.id, otherBranch.id]) {
      await expect(actingAs(world.dbUrl, viewer, (db) => insertLog(db, foreign))).rejects.toThrow(/row-level security/);
    }
  });

  it('lets compliance read everything and write nothing, with the API bypassed', async () => {
    const viewer = await viewerOf(world.db, 'compliance@demo.local');
    await actingAs(world.dbUrl, viewer, async (db) => {
      expect(await count(db, 'select 1 from client where id = any($1)', [[mine.id, colleagues.id, otherBranch.id]])).toBe(3);
      expect((await db.query('update client set last_contact_at = now() where id = $1', [mine.id])).rowCount).toBe(0);
    });
    await expect(actingAs(world.dbUrl, viewer, (db) => db.query(
      `insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome) values ($1, $2, now(), 'PHONE', 'ADVISORY', 'x', 'RESOLVED')`,
      [mine.id, team.adviser.id]))).rejects.toThrow(/row-level security/);
  });

  it('shows nothing in any client-scoped table when no one is acting', async () => {
    const tables = (await world.db.query(CLIENT_TABLES_SQL)).rows.map((r) => r.table_name as string);
    expect(tables).toEqual(expect.arrayContaining(['client_assignment', 'tier_change', 'service_log', 'follow_up', 'quality_review',
      'daily_metric', 'points_entry', 'pii_access_log', 'client_tier_state', 'client_referral']));
    await actingAs(world.dbUrl, null, async (db) => {
      for (const t of [...tables, 'client']) expect(await count(db, `select 1 from ${t}`), t).toBe(0);
    });
  });

  it('has row-level security and policies on every table that carries client_id (a new table needs them too)', async () => {
    // each request role reads through its own policies (crm_api_adviser and crm_api_branch are not
    // members of crm_api), so each needs a SELECT policy; the writing ones an INSERT and UPDATE too
    const ROLES = ['crm_api', 'crm_api_all', 'crm_api_adviser', 'crm_api_branch'];
    const rows = (await world.db.query(`select k.relname, k.relrowsecurity, r.role,
        array(select p.cmd from pg_policies p where p.tablename = k.relname and r.role = any(p.roles) order by 1) as cmds
       from pg_class k cross join unnest($1::text[]) r(role)
      where k.relname in (${CLIENT_TABLES_SQL}) or k.relname = 'client'`, [ROLES])).rows;
    expect(rows.length).toBeGreaterThan(ROLES.length);
    for (const r of rows) {
      expect(r.relrowsecurity, r.relname).toBe(true);
      const expected = r.role === 'crm_api_all' ? ['SELECT'] : ['INSERT', 'SELECT', 'UPDATE'];
      expect(r.cmds, `${r.relname} ${r.role}`).toEqual(expected);
    }
    for (const role of ROLES) {
      const unsafeRole = (await world.db.query('select rolbypassrls, rolsuper from pg_roles where rolname = $1', [role])).rows[0];
      expect(unsafeRole, role).toEqual({ rolbypassrls: false, rolsuper: false });
    }
  });

  it('runs a request as its scope\'s role for its viewer: raw SQL in an adviser\'s request transaction sees only their book', async () => {
    const em = orm.em.fork();
    await beginActingTransaction(em, await viewerOf(world.db, team.adviser.email));
    try {
      const [who] = await query<{ u: string }>(em, 'select current_user as u');
      expect(who?.u).toBe('crm_api_adviser');
      expect(ids(await query<{ id: string }>(em, 'select id from client'))).toEqual([mine.id]);
    } finally {
      await endActingTransaction(em, true);
    }
  });

  it('runs prepared statements in the acting transaction: one statement text reused by an adviser, a colleague and the manager sees each one\'s rows', async () => {
    // poolMax 1: every transaction below is on the same connection, so the named statement
    // prepared by the first is the one the others reuse (PostgreSQL must re-plan it per role)
    const one = await initOrm(world.dbUrl, { poolMax: 1 });
    const visible = async (email: string) => {
      const em = one.em.fork();
      await beginActingTransaction(em, await viewerOf(world.db, email));
      try {
        const [who] = await query<{ u: string }>(em, 'select current_user as u', [], { prepare: true });
        const rows = await query<{ id: string }>(em, 'select id from client where id in (?) order by id', [[mine.id, colleagues.id, otherBranch.id]], { prepare: true });
        const prepared = await query<{ n: number }>(em, "select count(*)::int as n from pg_prepared_statements where name like 'crm\\_%'");
        return { role: who?.u, ids: ids(rows), prepared: prepared[0]?.n ?? 0 };
      } finally {
        await endActingTransaction(em, true);
      }
    };
    try {
      for (let round = 0; round < 7; round++) { // past PostgreSQL's five custom plans: the generic plan too
        expect(await visible(team.adviser.email)).toMatchObject({ role: 'crm_api_adviser', ids: [mine.id] });
        expect(await visible(team.otherAdviser.email)).toMatchObject({ role: 'crm_api_adviser', ids: [colleagues.id] });
        const manager = await visible(team.manager.email);
        expect(manager).toMatchObject({ role: 'crm_api_branch', ids: ids([{ id: mine.id }, { id: colleagues.id }]) });
        // prepared once on this connection, not once per call
        expect(manager.prepared).toBe(2);
      }
    } finally {
      await one.close(true);
    }
  });

  // Head office and compliance act as crm_api_all (read policies `using (true)`, so their
  // statements are planned without the scope predicates); advisers and managers as the role of
  // their scope kind (one plain predicate each); no one as crm_api.
  const SCOPE_ROLE = { ALL: 'crm_api_all', BRANCH: 'crm_api_branch', ADVISER: 'crm_api_adviser', NONE: 'crm_api' };
  it('acts as crm_api_all only for the roles that see every client, and as one role per scope kind otherwise', async () => {
    const roleOf = async (viewer: Viewer | null) =>
      (await actingAs(world.dbUrl, viewer, (db) => db.query('select current_user as u'))).rows[0].u;
    expect(await roleOf(null)).toBe('crm_api');
    for (const email of DEMO) {
      const viewer = await viewerOf(world.db, email);
      expect(await roleOf(viewer), email).toBe(SCOPE_ROLE[clientScopeOf(viewer).kind]);
    }
    const seen: string[] = [];
    for (const email of DEMO) seen.push(await roleOf(await viewerOf(world.db, email)));
    expect(new Set(seen)).toEqual(new Set(['crm_api_adviser', 'crm_api_branch', 'crm_api_all']));
  });

  // The request looks its session up in the statement that acts as its viewer (ACT_AS_TOKEN_SQL,
  // whose role mapping is derived from dbRoleOf): for every kind of viewer it must act exactly as
  // ACT_AS_SQL does for the viewer the API resolved, and as no one for a session that is not live.
  it('acts for a session token exactly as for its viewer, and as no one for a dead session', async () => {
    const headOffice = await newStaff(world.db, 'HEAD_OFFICE', null);
    const inactive = await newStaff(world.db, 'ADVISER', team.branch.id);
    await world.db.query('update staff set active = false where id = $1', [inactive.id]);
    const session = async (staffId: string, state: 'live' | 'revoked' | 'expired' = 'live') => {
      const token = `t-${staffId}-${state}`;
      await world.db.query(
        `insert into auth_session (id, token_hash, staff_id, created_at, expires_at, revoked_at)
         values (gen_random_uuid(), $1, $2, now(), now() + interval '1 hour' * $3, $4)`,
        [tokenHash(token), staffId, state === 'expired' ? -1 : 1, state === 'revoked' ? new Date() : null],
      );
      return token;
    };
    const settings = 'select current_user as role, current_setting(\'crm.staff_id\') as s, current_setting(\'crm.role\') as r, current_setting(\'crm.branch_id\') as b';
    const actFor = async (token: string | undefined) => {
      const em = orm.em.fork();
      const viewer = await beginActingTransactionForToken(em, token);
      try {
        const [row] = await query<{ role: string; s: string; r: string; b: string }>(em, settings);
        return { viewer: viewer?.id ?? null, made: [row!.role, row!.s, row!.r, row!.b] };
      } finally {
        await endActingTransaction(em, true);
      }
    };
    const live = [team.adviser, team.manager, headOffice, ...(await Promise.all(DEMO.map((e) => viewerOf(world.db, e))))];
    const kinds = new Set<string>();
    for (const staff of live) {
      const viewer = await viewerOf(world.db, (await world.db.query('select email from staff where id = $1', [staff.id])).rows[0].email);
      const got = await actFor(await session(staff.id));
      expect(got, viewer.email).toEqual({ viewer: viewer.id, made: actAsParams(viewer) });
      kinds.add(got.made[0]!);
    }
    expect(kinds).toEqual(new Set(['crm_api_adviser', 'crm_api_branch', 'crm_api_all']));
    const nobody = { viewer: null, made: actAsParams(null) };
    expect(await actFor(undefined)).toEqual(nobody);
    expect(await actFor('no-such-token')).toEqual(nobody);
    expect(await actFor(await session(team.adviser.id, 'revoked'))).toEqual(nobody);
    expect(await actFor(await session(team.adviser.id, 'expired'))).toEqual(nobody);
    expect(await actFor(await session(inactive.id))).toEqual(nobody);
  });

  it('makes every client loader deny ids outside the scope (NOT_FOUND per key), whatever the parent', async () => {
    const viewer = await viewerOf(world.db, team.adviser.email);
    const loaders = buildLoaders(orm.em.fork(), viewer);
    const checks: [string, (id: string) => Promise<unknown>][] = [
      ['tierHistory', (id) => loaders.tierHistory.load(id)],
      ['serviceLogs', (id) => loaders.serviceLogs.load({ clientId: id, limit: 5 })],
      ['assetHistory', (id) => loaders.assetHistory.load({ clientId: id, days: 5 })],
      ['pointsBalance', (id) => loaders.pointsBalance.load(id)],
      ['pointsHistory', (id) => loaders.pointsHistory.load({ clientId: id, limit: 5 })],
      ['serviceLevels', (id) => loaders.serviceLevels.load({ clientId: id, asOf: '2026-11-24' })],
      ['overrideUntil', (id) => loaders.overrideUntil.load(id)],
    ];
    for (const [name, load] of checks) {
      await expect(load(mine.id), name).resolves.toBeDefined();
      for (const foreign of [colleagues.id, otherBranch.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        await expect(load(foreign), `${name} ${foreign}`).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    }
  });
});
