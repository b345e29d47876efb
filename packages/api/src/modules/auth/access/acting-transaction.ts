import type { EntityManager } from '@mikro-orm/postgresql';
import { STAFF_ROLES } from '../../staff/staff.entity.js';
import type { Viewer } from '../viewer.js';
import { tokenHash } from '../session.service.js';
import { clientScopeOf } from './client-scope.js';

/** The PostgreSQL role a GraphQL request acts as: not an owner, no BYPASSRLS (see the RLS migration). */
export const API_DB_ROLE = 'crm_api';
/**
 * What a request of a viewer who sees every client (head office, compliance) acts as: a member of
 * crm_api with a `using (true)` read policy, so PostgreSQL plans their statements without the
 * scope predicates at all (the RLS migration 20261201000900). Writes still pass crm_api's policies.
 */
export const API_ALL_DB_ROLE = 'crm_api_all';
/**
 * What an adviser's / a manager's request acts as: roles whose client policy is the one predicate
 * of their scope (`adviser_id = crm.staff_id`, `branch_id = crm.branch_id`), so the planner sees
 * no OR of role cases (migration 20261201001000). crm_api itself is left to viewers with no scope.
 */
export const API_ADVISER_DB_ROLE = 'crm_api_adviser';
export const API_BRANCH_DB_ROLE = 'crm_api_branch';
/** The role set-based jobs over every client (tier reviews) act as. */
export const JOB_DB_ROLE = 'crm_job';

/**
 * One statement that makes the rest of the transaction act as the viewer: the role PostgreSQL
 * checks policies against and the settings the policies read. All transaction-local (the
 * `true`), so nothing leaks to the next user of the pooled connection. No viewer: empty
 * settings, which the policies treat as "no client rows".
 */
export const ACT_AS_SQL =
  "select set_config('role', ?, true), set_config('crm.staff_id', ?, true), set_config('crm.role', ?, true), set_config('crm.branch_id', ?, true)";

const DB_ROLE_OF_SCOPE = {
  ALL: API_ALL_DB_ROLE,
  BRANCH: API_BRANCH_DB_ROLE,
  ADVISER: API_ADVISER_DB_ROLE,
  NONE: API_DB_ROLE,
} as const;

export const dbRoleOf = (viewer: Viewer | null) => DB_ROLE_OF_SCOPE[clientScopeOf(viewer).kind];

export const actAsParams = (viewer: Viewer | null) => [dbRoleOf(viewer), viewer?.id ?? '', viewer?.role ?? '', viewer?.branchId ?? ''];

/** Opens the request's transaction on its forked EntityManager and acts as the viewer in it. */
export async function beginActingTransaction(em: EntityManager, viewer: Viewer | null): Promise<void> {
  await em.begin();
  await em.getConnection().execute(ACT_AS_SQL, actAsParams(viewer), 'all', em.getTransactionContext());
}

const sqlText = (v: string) => `'${v.replace(/'/g, "''")}'`;

/**
 * dbRoleOf as an SQL expression over a staff row `v`, derived from dbRoleOf itself (each role,
 * with and without a branch), not written out a second time. A viewer whose scope depended on
 * anything else would make the two disagree, which actAsForToken refuses.
 */
const DB_ROLE_SQL = `case ${STAFF_ROLES.map((role) => {
  const viewer = (branchId: string | null): Viewer => ({ id: '', name: '', email: '', role, branchId });
  return `when v.role = ${sqlText(role)} then case when v.branch_id is null then ${sqlText(dbRoleOf(viewer(null)))} else ${sqlText(dbRoleOf(viewer('b')))} end`;
}).join(' ')} else ${sqlText(dbRoleOf(null))} end`;

/**
 * ACT_AS_SQL and the session lookup in one statement: the viewer behind a token hash (active
 * staff, session neither revoked nor expired), or no viewer, and the settings set for whichever
 * it is. The lookup runs as the connecting user (permissions and policies are fixed when the
 * statement starts); the role takes effect from the next statement on. Always one row.
 */
export const ACT_AS_TOKEN_SQL = `select v.id, v.name, v.email, v.role, v.branch_id,
       set_config('role', ${DB_ROLE_SQL}, true) as db_role,
       set_config('crm.staff_id', coalesce(v.id::text, ''), true) as staff_id_setting,
       set_config('crm.role', coalesce(v.role, ''), true) as role_setting,
       set_config('crm.branch_id', coalesce(v.branch_id::text, ''), true) as branch_id_setting
  from (select 1) one
  left join (select s.id, s.name, s.email, s.role, s.branch_id
               from auth_session a join staff s on s.id = a.staff_id
              where a.token_hash = ? and a.revoked_at is null and a.expires_at > now() and s.active
              limit 1) v on true`;

interface ActAsRow {
  id: string | null; name: string; email: string; role: Viewer['role']; branch_id: string | null;
  db_role: string; staff_id_setting: string; role_setting: string; branch_id_setting: string;
}

/**
 * Opens the request's transaction and acts as the viewer behind `token` (null for a missing,
 * unknown, revoked or expired one): BEGIN and one statement, where looking the session up first
 * took a statement of its own on another pooled connection. The settings the statement made are
 * checked against actAsParams of the viewer it found; a difference (the SQL role mapping drifting
 * from dbRoleOf) fails the request rather than act with settings the API would not choose.
 */
export async function beginActingTransactionForToken(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
  if (!token) {
    await beginActingTransaction(em, null);
    return null;
  }
  await em.begin();
  const [r] = await em.getConnection().execute<ActAsRow[]>(ACT_AS_TOKEN_SQL, [tokenHash(token)], 'all', em.getTransactionContext());
  const viewer: Viewer | null = r?.id ? { id: r.id, name: r.name, email: r.email, role: r.role, branchId: r.branch_id } : null;
  const made = r ? [r.db_role, r.staff_id_setting, r.role_setting, r.branch_id_setting] : [];
  if (JSON.stringify(made) !== JSON.stringify(actAsParams(viewer))) {
    throw new Error('the acting settings differ from the viewer\'s (ACT_AS_TOKEN_SQL and dbRoleOf disagree)');
  }
  return viewer;
}

/**
 * The same request transaction with an empty identity map: for re-reading after a failed write
 * (the winner of an idempotency race). A fork without options drops the transaction context and would
 * read on another pooled connection as the connecting user, outside row-level security.
 */
export const freshViewInRequest = (em: EntityManager): EntityManager => em.fork({ keepTransactionContext: true });

/**
 * Ends the request's transaction. Work already sent to the database is committed as it was
 * before requests ran in one transaction (each flush used to commit at once). With
 * `discardUnflushed` (a failed request, or a query, which writes nothing) unflushed entities are
 * dropped first: nothing half-built is written, and MikroORM's commit does not compute change
 * sets over every entity a read loaded (3% of the API's CPU under load on the book).
 */
export async function endActingTransaction(em: EntityManager, discardUnflushed: boolean): Promise<void> {
  if (!em.isInTransaction()) return;
  if (discardUnflushed) em.clear();
  try {
    await em.commit();
  } catch (err) {
    if (em.isInTransaction()) await em.rollback().catch(() => {});
    throw err;
  }
}
