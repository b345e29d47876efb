import type { StaffRole } from '../staff/staff.entity.js';
import { unauthenticated } from '../../shared/errors.js';

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
