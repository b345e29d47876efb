import type { StaffRole } from '../../staff/staff.entity.js';
import { forbidden, unauthenticated } from '../../../shared/errors.js';
import type { Viewer } from '../viewer.js';

/**
 * Everything a member of staff may be allowed to do. A new operation picks one of these (or
 * adds one here and to PERMISSIONS) and declares it on its resolver with `@Can(action)`.
 * Which rows an action reaches is the client scope (client-scope.ts), not the action.
 */
export const ACTIONS = [
  'client:read', // clients in scope and everything hanging off them (book, page, worklist)
  'client:contact', // log a contact with a client in scope
  'client:redeem-points', // spend a client's points
  'tier:override', // set a client's tier by hand
  'policy:read', // tier policies and their versions
  'policy:edit', // create, copy, edit and activate tier policy versions
  'policy:simulate', // dry-run a policy over every client
  'review:read', // tier review runs
  'review:run', // start a tier review
  'points:run', // award a month's points
  'audit:read', // the PII access log and other audit trails
  'catalogue:read', // the service catalogue and tiers
  'staff:read', // names and branches of colleagues
] as const;
export type Action = (typeof ACTIONS)[number];

const ALL_ROLES: readonly StaffRole[] = ['ADVISER', 'MANAGER', 'HEAD_OFFICE', 'COMPLIANCE'];

/**
 * The role × action table: the one place that says who may do what. Deny by default: an
 * action not listed for a role is FORBIDDEN. Compliance reads and never writes.
 */
export const PERMISSIONS: Readonly<Record<Action, readonly StaffRole[]>> = {
  'client:read': ALL_ROLES,
  'client:contact': ['ADVISER', 'MANAGER', 'HEAD_OFFICE'],
  'client:redeem-points': ['ADVISER', 'MANAGER', 'HEAD_OFFICE'],
  'tier:override': ['MANAGER', 'HEAD_OFFICE'],
  'policy:read': ['MANAGER', 'HEAD_OFFICE', 'COMPLIANCE'],
  'policy:edit': ['HEAD_OFFICE'],
  'policy:simulate': ['HEAD_OFFICE'],
  'review:read': ['MANAGER', 'HEAD_OFFICE', 'COMPLIANCE'],
  'review:run': ['HEAD_OFFICE'],
  'points:run': ['HEAD_OFFICE'],
  'audit:read': ['HEAD_OFFICE', 'COMPLIANCE'],
  'catalogue:read': ALL_ROLES,
  'staff:read': ALL_ROLES,
};

/** True when the viewer's role carries the action. */
export function can(viewer: Viewer | null | undefined, action: Action): boolean {
  return !!viewer && (PERMISSIONS[action]?.includes(viewer.role) ?? false);
}

/**
 * The one guard: UNAUTHENTICATED without a viewer, FORBIDDEN without the permission;
 * otherwise the viewer, so a caller can write `const v = authorize(viewer, 'tier:override')`.
 */
export function authorize(viewer: Viewer | null | undefined, action: Action): Viewer {
  if (!viewer) throw unauthenticated();
  if (!can(viewer, action)) throw forbidden();
  return viewer;
}
