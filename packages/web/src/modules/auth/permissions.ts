import type { StaffRole } from './useViewer';

/**
 * What each role may see and do in the web app. The API enforces all of it; these only
 * decide which controls are shown, so nobody is offered a button that answers FORBIDDEN.
 */
export const can = {
  /** See tier policies and reviews (head office designs them; managers and compliance read). */
  seePolicies: (role: StaffRole) => role === 'HEAD_OFFICE' || role === 'MANAGER' || role === 'COMPLIANCE',
  /** Create, edit, simulate, activate policies and start reviews. */
  designPolicies: (role: StaffRole) => role === 'HEAD_OFFICE',
  /** The due-and-overdue worklist: an adviser's own book, a manager's branch, everything for head office and compliance. */
  seeWorklist: (_role: StaffRole) => true,
  /** Set a client's tier by hand (a manager within the branch, or head office). */
  overrideTier: (role: StaffRole) => role === 'MANAGER' || role === 'HEAD_OFFICE',
  /** Anything that writes about a client (compliance reads everything, changes nothing). */
  writeClient: (role: StaffRole) => role !== 'COMPLIANCE',
};
