import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { newBranchTeam, newClient, newStaff } from '../factories/index.js';
import { givePoints } from '../factories/points.js';
import { activeTierId } from '../factories/tiers.js';
import { buildCrmSchema } from '../../packages/api/src/schema.js';
import { MATRIX, matrixMarkdown, README_END, README_START, ROLES, TARGETS, type MatrixWorld, type Outcome, type Role } from '../authz/matrix.js';

const world = useTestWorld();

const outcomeOf = (r: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] }): string =>
  r.errors?.length ? String(r.errors[0]?.extensions?.code) : r.data ? 'OK' : 'NO DATA';

describe('the authorisation matrix', () => {
  const tokens = {} as Record<Role, string>;
  const w = {} as MatrixWorld;

  beforeAll(async () => {
    const team = await newBranchTeam(world.db);
    const other = await newBranchTeam(world.db);
    const head = await newStaff(world.db, 'HEAD_OFFICE', null);
    const compliance = await newStaff(world.db, 'COMPLIANCE', null);
    w.clientOf = {
      OWN: (await newClient(world.db, team.branch.id, team.adviser.id)).id,
      COLLEAGUE: (await newClient(world.db, team.branch.id, team.otherAdviser.id)).id,
      OTHER_BRANCH: (await newClient(world.db, other.branch.id, other.adviser.id)).id,
    };
    for (const id of Object.values(w.clientOf)) await givePoints(world.db, id, 1_000_000);
    w.followUpOf = {};
    for (const id of Object.values(w.clientOf)) {
      const f = await world.db.query(
        `with l as (insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome, follow_up_on)
                    select c.id, c.adviser_id, now(), 'PHONE', 'ADVISORY', 'matrix', 'NEEDS_FOLLOW_UP', '2099-12-31' from client c where c.id = $1
                    returning id, client_id, adviser_id, follow_up_on)
         insert into follow_up (client_id, service_log_id, adviser_id, due_on, status) select client_id, id, adviser_id, follow_up_on, 'OPEN' from l returning id`,
        [id],
      );
      w.followUpOf[id] = f.rows[0].id;
    }
    w.activePolicyId = (await world.db.query("select id from tier_policy where status = 'ACTIVE'")).rows[0].id;
    w.activeTierId = await activeTierId(world.db, 'CHANNEL');
    w.redeemableOfferingId = (await world.db.query('select id from service_offering where active and points_cost is not null order by points_cost limit 1')).rows[0].id;
    w.signInEmail = team.adviser.email;
    const emails: Record<Role, string> = { ADVISER: team.adviser.email, MANAGER: team.manager.email, HEAD_OFFICE: head.email, COMPLIANCE: compliance.email };
    for (const role of ROLES) tokens[role] = await world.signIn(emails[role]);
  });

  it('covers every query and mutation of the schema, and nothing else', async () => {
    const schema = await buildCrmSchema();
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()?.getFields() ?? {})].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  // signOut ends the session it runs with: last
  const names = Object.keys(MATRIX).sort((a, b) => Number(a === 'signOut') - Number(b === 'signOut'));

  it.each(names)('%s answers each role as the matrix says', async (name) => {
    const op = MATRIX[name]!;
    const got: Record<string, string> = {};
    const want: Record<string, Outcome> = {};
    const anon = await world.gql(op.doc, op.kind === 'plain' ? op.vars?.(w) : op.vars(w, w.clientOf.OWN));
    got.anonymous = outcomeOf(anon);
    want.anonymous = op.kind === 'plain' && op.public ? 'OK' : 'UNAUTHENTICATED';
    for (const role of ROLES) {
      if (op.kind === 'plain') {
        got[role] = outcomeOf(await world.gql(op.doc, op.vars?.(w), tokens[role]));
        want[role] = op.expect[role];
      } else {
        for (const target of TARGETS) {
          got[`${role} ${target}`] = outcomeOf(await world.gql(op.doc, op.vars(w, w.clientOf[target]), tokens[role]));
          want[`${role} ${target}`] = op.expect[role][target];
        }
      }
    }
    expect(got).toEqual(want);
  });

  it('is printed in the README as generated (refresh: npx tsx tests/authz/print-matrix.ts --write)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    expect(start, 'README.md lacks the matrix section').toBeGreaterThan(-1);
    expect(readme.slice(start + README_START.length, end).trim()).toBe(matrixMarkdown().trim());
  });
});
