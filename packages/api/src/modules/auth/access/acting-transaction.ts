import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../viewer.js';
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

/**
 * The same request transaction with an empty identity map: for re-reading after a failed write
 * (the winner of an idempotency race). A fork without options drops the transaction context and would
 * read on another pooled connection as the connecting user, outside row-level security.
 */
export const freshViewInRequest = (em: EntityManager): EntityManager => em.fork({ keepTransactionContext: true });

/**
 * Ends the request's transaction. Work already sent to the database is committed as it was
 * before requests ran in one transaction (each flush used to commit at once); when the
 * request failed, unflushed entities are dropped first so nothing half-built is written.
 */
export async function endActingTransaction(em: EntityManager, failed: boolean): Promise<void> {
  if (!em.isInTransaction()) return;
  if (failed) em.clear();
  try {
    await em.commit();
  } catch (err) {
    if (em.isInTransaction()) await em.rollback().catch(() => {});
    throw err;
  }
}
