import type { StaffRole } from '../staff/staff.entity.js';
import { DomainError, forbidden, unauthenticated } from '../../shared/errors.js';

/** Who is asking: resolved once per request from the session cookie or bearer token. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  branchId: string | null;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Compliance reads everything and changes nothing. */
export function assertMayWrite(viewer: Viewer): void {
  if (viewer.role === 'COMPLIANCE') throw forbidden('Compliance has read-only access');
}

export function assertRole(viewer: Viewer, roles: readonly StaffRole[]): void {
  if (!roles.includes(viewer.role)) throw new DomainError('FORBIDDEN', 'Your role may not do this');
}
