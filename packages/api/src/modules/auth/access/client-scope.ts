import type { FilterQuery } from '@mikro-orm/core';
import type { StaffRole } from '../../staff/staff.entity.js';
import type { Client } from '../../clients/client.entity.js';
import type { Viewer } from '../viewer.js';

/**
 * Which clients a viewer reaches: the single definition of client scope. The ORM filter
 * (`scopeFilter`), the SQL predicate (`scopeSql`) and the loaders' checks all derive from
 * this value, and PostgreSQL's row-level security policies (db/migrations/*_rls.sql) say the
 * same with the role and branch the request sets; tests/integration/access-model.test.ts
 * checks that all three select the same rows for every role.
 */
export type ClientScope =
  | { kind: 'ALL' }
  | { kind: 'BRANCH'; branchId: string }
  | { kind: 'ADVISER'; adviserId: string }
  | { kind: 'NONE' };

/** How far each role reaches: an adviser their own book, a manager their branch, head office and compliance everything. */
export const ROLE_SCOPE: Readonly<Record<StaffRole, 'ALL' | 'BRANCH' | 'ADVISER'>> = {
  ADVISER: 'ADVISER',
  MANAGER: 'BRANCH',
  HEAD_OFFICE: 'ALL',
  COMPLIANCE: 'ALL',
};

/** The viewer's scope; NONE (deny by default) for no viewer, an unknown role or a manager without a branch. */
export function clientScopeOf(viewer: Viewer | null | undefined): ClientScope {
  if (!viewer) return { kind: 'NONE' };
  switch (ROLE_SCOPE[viewer.role]) {
    case 'ALL':
      return { kind: 'ALL' };
    case 'BRANCH':
      return viewer.branchId ? { kind: 'BRANCH', branchId: viewer.branchId } : { kind: 'NONE' };
    case 'ADVISER':
      return { kind: 'ADVISER', adviserId: viewer.id };
    default:
      return { kind: 'NONE' };
  }
}

/** The scope as a MikroORM filter on Client. */
export function scopeFilter(scope: ClientScope): FilterQuery<Client> {
  switch (scope.kind) {
    case 'ALL':
      return {};
    case 'BRANCH':
      return { branch: scope.branchId };
    case 'ADVISER':
      return { adviser: scope.adviserId };
    default:
      return { id: null };
  }
}

/** The scope as an SQL condition on the client table aliased `alias`, with knex-style `?` parameters. */
export function scopeSql(scope: ClientScope, alias = 'c'): { sql: string; params: unknown[] } {
  switch (scope.kind) {
    case 'ALL':
      return { sql: 'true', params: [] };
    case 'BRANCH':
      return { sql: `${alias}.branch_id = ?`, params: [scope.branchId] };
    case 'ADVISER':
      return { sql: `${alias}.adviser_id = ?`, params: [scope.adviserId] };
    default:
      return { sql: 'false', params: [] };
  }
}
