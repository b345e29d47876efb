import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { useTestWorld } from '../setup/test-server.js';
import { launchChromium } from '../setup/browser.js';
import { daysAhead } from '../factories/days.js';
import { signedInPage } from '../setup/browser-session.js';

const world = useTestWorld();
const shots = join(REPO_ROOT, 'tests/.artifacts');

describe('manager and adviser in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a manager override a client\'s tier, refusing an override without a reason', async () => {
    const client = (await world.db.query(
      "select c.id from client c join branch b on b.id = c.branch_id where b.code = 'SZ01' and c.status = 'ACTIVE' order by c.account_no limit 1",
    )).rows[0];
    const butler = (await world.db.query("select t.id from tier t join tier_policy p on p.id = t.policy_id where p.status = 'ACTIVE' and t.code = 'BUTLER'")).rows[0].id;
    const page = await signedInPage(browser, world.url, 'manager@demo.local');
    await page.goto(`${world.url}/clients/${client.id}?lng=en`);
    const form = page.locator('form[data-testid=override-form]');
    await form.locator('select[name=tierId]').selectOption(butler);
    const until = daysAhead(30);
    await form.locator('input[name=until]').fill(until);
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=error-reason]');
    expect(await form.locator('input[name=until]').inputValue()).toBe(until);
    expect(Number((await world.db.query("select count(*) from tier_change where client_id = $1 and reason = 'MANUAL_OVERRIDE'", [client.id])).rows[0].count)).toBe(0);

    await form.locator('input[name=reason]').fill('大客户经理申请，营业部审批');
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=override-until]');
    await page.screenshot({ path: join(shots, 'override.png'), fullPage: true });
    const row = (await world.db.query("select note, override_until::text as until from tier_change where client_id = $1 and reason = 'MANUAL_OVERRIDE'", [client.id])).rows;
    expect(row).toEqual([{ note: '大客户经理申请，营业部审批', until }]);
  });

  it('gives the adviser a worklist of due and overdue services, and the client page shows entitlements, next best contact and points', async () => {
    const page = await signedInPage(browser, world.url, 'adviser@demo.local', 'zh-CN');
    await page.goto(`${world.url}/worklist?lng=zh-CN`);
    await page.waitForSelector('[data-testid=worklist-row], [data-testid=worklist-empty]');
    const rows = await page.locator('[data-testid=worklist-row]').count();
    expect(rows).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'worklist-zh.png'), fullPage: true });

    // an entitlement row: its client has a due or overdue entitled service (a follow-up row's may not)
    await page.locator('[data-testid=worklist-row][data-kind=ENTITLEMENT] a').first().click();
    await page.waitForSelector('[data-testid=next-best-contact]');
    await page.waitForSelector('[data-testid=service-levels] tr');
    expect(await page.locator('[data-testid=service-levels] [data-testid=service-level-status][data-status=OVERDUE], [data-testid=service-levels] [data-testid=service-level-status][data-status=DUE]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=points-balance]').getAttribute('data-balance')).toMatch(/^-?\d+$/);
    await page.screenshot({ path: join(shots, 'client-engine-zh.png'), fullPage: true });
  });

  it('refuses a redemption the balance cannot cover, by the field, and spends nothing', async () => {
    const c = (await world.db.query(
      `select c.id, coalesce(sum(p.delta), 0)::int as balance
         from client c join staff s on s.id = c.adviser_id left join points_entry p on p.client_id = c.id
        where s.email = 'adviser@demo.local' and c.status = 'ACTIVE'
        group by c.id having coalesce(sum(p.delta), 0) < 1000 order by c.id limit 1`,
    )).rows[0];
    const fastLane = (await world.db.query("select id from service_offering where code = 'FAST_LANE'")).rows[0].id;
    const page = await signedInPage(browser, world.url, 'adviser@demo.local');
    await page.goto(`${world.url}/clients/${c.id}?lng=en`);
    const form = page.locator('form[data-testid=redeem-form]');
    await form.locator('select[name=offeringId]').selectOption(fastLane);
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=error-offeringId]');
    expect(await form.locator('select[name=offeringId]').inputValue()).toBe(fastLane);
    const after = (await world.db.query('select coalesce(sum(delta), 0)::int as b from points_entry where client_id = $1', [c.id])).rows[0].b;
    expect(after).toBe(c.balance);
  });
  it('shows a closed client as not served, in the book and on its page, with no override form', async () => {
    // the branch's client with the least assets, closed, still pointing at the tier it had
    const client = (await world.db.query(
      `update client set status = 'CLOSED' where id = (select c.id from client c join branch b on b.id = c.branch_id
         where b.code = 'SZ01' and c.status = 'ACTIVE' and c.current_tier_id is not null order by c.latest_total_assets nulls first, c.id limit 1)
       returning id, account_no`,
    )).rows[0];
    const page = await signedInPage(browser, world.url, 'manager@demo.local');
    await page.goto(`${world.url}/clients?lng=en&q=${client.account_no}`);
    await expect.poll(() => page.locator('[data-testid=book-row]').count()).toBe(1);
    expect(await page.locator('[data-testid=book-row] [data-testid=tier-not-served]').innerText()).toBe('Not served');

    await page.goto(`${world.url}/clients/${client.id}?lng=zh-CN`);
    await page.waitForSelector('[data-testid=client-name]');
    expect(await page.locator('.client-head [data-testid=tier-not-served]').innerText()).toBe('不再服务');
    expect(await page.locator('form[data-testid=override-form]').count()).toBe(0);
    expect(await page.locator('[data-testid=service-levels-empty]').innerText()).toBe('已销户或已转出：不再提供权益服务。');
    await page.screenshot({ path: join(shots, 'closed-client-zh.png'), fullPage: true });
  });
});
