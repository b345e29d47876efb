/**
 * The authorisation matrix: every query and mutation of the API, with a sample document and
 * variables, and what each role gets. tests/integration/authz-matrix.test.ts runs it (and fails
 * when an operation of the schema is missing here); tests/authz/print-matrix.ts prints it as
 * the README's table (a test fails when that table is stale).
 *
 * Targets of operations that take a client: OWN (a client of the team's first adviser: the
 * adviser's own; in the manager's branch), COLLEAGUE (another adviser's, same branch) and
 * OTHER_BRANCH. Head office and compliance belong to no branch. Operations that take no
 * client run once per role. Outcomes: OK (data, no error) or the error code.
 */
export const ROLES = ['ADVISER', 'MANAGER', 'HEAD_OFFICE', 'COMPLIANCE'] as const;
export type Role = (typeof ROLES)[number];
export const TARGETS = ['OWN', 'COLLEAGUE', 'OTHER_BRANCH'] as const;
export type Target = (typeof TARGETS)[number];
export type Outcome = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'BAD_USER_INPUT';

/** What the matrix test arranges before running the operations. */
export interface MatrixWorld {
  clientOf: Record<Target, string>;
  activePolicyId: string;
  activeTierId: string;
  redeemableOfferingId: string;
  signInEmail: string;
  /** an open follow-up of each target client, by client id */
  followUpOf: Record<string, string>;
}

interface Base { doc: string; note?: string }
/** An operation that takes a client: run per role × target. */
export interface ClientOperation extends Base {
  kind: 'client';
  vars: (w: MatrixWorld, clientId: string) => Record<string, unknown>;
  expect: Record<Role, Record<Target, Outcome>>;
}
/** An operation that takes no client: run once per role. */
export interface PlainOperation extends Base {
  kind: 'plain';
  vars?: (w: MatrixWorld) => Record<string, unknown>;
  expect: Record<Role, Outcome>;
  /** public operations also answer without a credential */
  public?: boolean;
}
export type MatrixOperation = ClientOperation | PlainOperation;

const MISSING = '00000000-0000-4000-8000-000000000000';
const all = (o: Outcome): Record<Role, Outcome> => ({ ADVISER: o, MANAGER: o, HEAD_OFFICE: o, COMPLIANCE: o });
const row = (own: Outcome, colleague: Outcome, other: Outcome): Record<Target, Outcome> => ({ OWN: own, COLLEAGUE: colleague, OTHER_BRANCH: other });
const SCOPED_READ = { ADVISER: row('OK', 'NOT_FOUND', 'NOT_FOUND'), MANAGER: row('OK', 'OK', 'NOT_FOUND'), HEAD_OFFICE: row('OK', 'OK', 'OK'), COMPLIANCE: row('OK', 'OK', 'OK') };
const SCOPED_WRITE = { ...SCOPED_READ, COMPLIANCE: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') };
const policyReaders = (o: Outcome): Record<Role, Outcome> => ({ ADVISER: 'FORBIDDEN', MANAGER: o, HEAD_OFFICE: o, COMPLIANCE: o });
const headOffice = (o: Outcome): Record<Role, Outcome> => ({ ADVISER: 'FORBIDDEN', MANAGER: 'FORBIDDEN', HEAD_OFFICE: o, COMPLIANCE: 'FORBIDDEN' });
const POLICY_INPUT = { name: 'matrix', matchRule: 'ALL', windowDays: 60, downgradeAfter: 2, tiers: [{ code: 'M1', nameZh: '矩阵', nameEn: 'Matrix', minAvgAssets: '0', minCommission12m: '0', minPoints: 0 }] };

export const MATRIX: Record<string, MatrixOperation> = {
  // queries
  me: { kind: 'plain', public: true, doc: '{ me { id } }', expect: all('OK') },
  clients: { kind: 'plain', doc: '{ clients(first: 1) { totalCount } }', expect: all('OK'), note: 'scoped: own book / branch / all' },
  client: { kind: 'client', doc: 'query($id: ID!) { client(id: $id) { id tierHistory { id } serviceLogs { id } points { balance } serviceLevels { status } nextBestContact { channel } overrideUntil } }', vars: (_w, id) => ({ id }), expect: SCOPED_READ },
  worklist: { kind: 'plain', doc: '{ worklist(first: 1) { totalCount } }', expect: all('OK'), note: 'scoped like clients' },
  serviceOfferings: { kind: 'plain', doc: '{ serviceOfferings { id } }', expect: all('OK') },
  activeTiers: { kind: 'plain', doc: '{ activeTiers { id } }', expect: all('OK') },
  tierPolicies: { kind: 'plain', doc: '{ tierPolicies { id tiers { id } } }', expect: policyReaders('OK') },
  tierPolicy: { kind: 'plain', doc: 'query($id: ID!) { tierPolicy(id: $id) { id } }', vars: (w) => ({ id: w.activePolicyId }), expect: policyReaders('OK') },
  tierReviewRuns: { kind: 'plain', doc: '{ tierReviewRuns { id } }', expect: policyReaders('OK') },
  tierReviewRun: { kind: 'plain', doc: 'query($id: ID!) { tierReviewRun(id: $id) { id } }', vars: () => ({ id: MISSING }), expect: policyReaders('NOT_FOUND'), note: 'sample id does not exist' },
  simulateTierPolicy: { kind: 'plain', doc: 'query($id: ID!) { simulateTierPolicy(id: $id) { clientsReviewed } }', vars: (w) => ({ id: w.activePolicyId }), expect: headOffice('OK') },
  // mutations
  signIn: { kind: 'plain', public: true, doc: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', vars: (w) => ({ input: { email: w.signInEmail, password: 'demo-password' } }), expect: all('OK') },
  signOut: { kind: 'plain', public: true, doc: 'mutation { signOut }', expect: all('OK'), note: 'run last: ends the session' },
  logContact: { kind: 'client', doc: 'mutation($input: LogContactInput!) { logContact(input: $input) { id } }', vars: (_w, clientId) => ({ input: { clientId, channel: 'PHONE', kind: 'ADVISORY', summary: '矩阵', outcome: 'RESOLVED' } }), expect: SCOPED_WRITE },
  rescheduleFollowUp: {
    kind: 'client', doc: 'mutation($id: ID!, $dueOn: LocalDate!, $reason: String!) { rescheduleFollowUp(id: $id, dueOn: $dueOn, reason: $reason) { id } }',
    vars: (w, clientId) => ({ id: w.followUpOf[clientId], dueOn: '2099-12-31', reason: '矩阵' }), expect: SCOPED_WRITE,
    note: 'sample: the client\'s open follow-up',
  },
  redeemPoints: { kind: 'client', doc: 'mutation($input: RedeemPointsInput!) { redeemPoints(input: $input) { id } }', vars: (w, clientId) => ({ input: { clientId, offeringId: w.redeemableOfferingId } }), expect: SCOPED_WRITE },
  overrideClientTier: {
    kind: 'client', doc: 'mutation($input: OverrideTierInput!) { overrideClientTier(input: $input) { id } }',
    vars: (w, clientId) => ({ input: { clientId, tierId: w.activeTierId, reason: '矩阵', until: '2099-12-31' } }),
    expect: { ...SCOPED_WRITE, ADVISER: row('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN') },
  },
  createTierPolicyDraft: { kind: 'plain', doc: 'mutation($input: TierPolicyInput!) { createTierPolicyDraft(input: $input) { id } }', vars: () => ({ input: POLICY_INPUT }), expect: headOffice('OK') },
  copyTierPolicy: { kind: 'plain', doc: 'mutation($id: ID!) { copyTierPolicy(id: $id) { id } }', vars: (w) => ({ id: w.activePolicyId }), expect: headOffice('OK') },
  updateTierPolicyDraft: { kind: 'plain', doc: 'mutation($id: ID!, $input: TierPolicyInput!) { updateTierPolicyDraft(id: $id, input: $input) { id } }', vars: (w) => ({ id: w.activePolicyId, input: POLICY_INPUT }), expect: headOffice('CONFLICT'), note: 'sample: the active version, not editable' },
  activateTierPolicy: { kind: 'plain', doc: 'mutation($id: ID!) { activateTierPolicy(id: $id) { id } }', vars: (w) => ({ id: w.activePolicyId }), expect: headOffice('CONFLICT'), note: 'sample: already active' },
  startTierReview: { kind: 'plain', doc: 'mutation($asOf: LocalDate) { startTierReview(asOf: $asOf) { id } }', vars: () => ({ asOf: '2099-01-01' }), expect: headOffice('BAD_USER_INPUT'), note: 'sample: a future date, so nothing runs' },
  runPoints: { kind: 'plain', doc: 'mutation($period: String!) { runPoints(period: $period) { id } }', vars: () => ({ period: '2025-01' }), expect: headOffice('OK') },
};

/** The README's table: one row per operation, one column per role. */
export function matrixMarkdown(): string {
  const cell = (op: MatrixOperation, role: Role) => {
    if (op.kind === 'plain') return op.expect[role];
    const e = op.expect[role];
    const same = TARGETS.every((t) => e[t] === e.OWN);
    return same ? e.OWN : TARGETS.map((t) => `${t.toLowerCase().replace('_', ' ')}: ${e[t]}`).join('<br>');
  };
  const lines = [
    `| operation | no credential | ${ROLES.join(' | ')} | note |`,
    `|---|---|${ROLES.map(() => '---').join('|')}|---|`,
  ];
  for (const [name, op] of Object.entries(MATRIX).sort(([a], [b]) => a.localeCompare(b))) {
    const anon = op.kind === 'plain' && op.public ? 'OK' : 'UNAUTHENTICATED';
    lines.push(`| \`${name}\` | ${anon} | ${ROLES.map((r) => cell(op, r)).join(' | ')} | ${op.note ?? (op.kind === 'client' ? 'per client: own, colleague\'s, other branch' : '')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export const README_START = '<!-- authz-matrix:start (generated by tests/authz/print-matrix.ts) -->';
export const README_END = '<!-- authz-matrix:end -->';
