import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { useTestWorld } from '../setup/test-server.js';
import { launchChromium } from '../setup/browser.js';
import { daysAgo, daysAhead } from '../factories/days.js';

const world = useTestWorld();
const shots = join(REPO_ROOT, 'tests/.artifacts');

async function signIn(page: Page, email: string) {
  await page.goto(`${world.url}/?lng=en`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'demo-password');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=book-row]');
}

describe('the adviser in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, opens a client, is told about an empty summary, logs a contact and sees it on the timeline', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'adviser@demo.local');
    await page.screenshot({ path: join(shots, 'book.png') });

    await page.locator('[data-testid=book-row] a').first().click();
    await page.waitForSelector('[data-testid=client-name]');
    const clientId = page.url().split('/').pop()!;
    const form = page.locator('form[data-testid=log-contact-form]');

    // an empty summary: the message by the field, and what was typed is kept
    await form.locator('select[name=channel]').selectOption('PHONE');
    await form.locator('select[name=kind]').selectOption('ADVISORY');
    await form.locator('select[name=outcome]').selectOption('NEEDS_FOLLOW_UP');
    const followUp = daysAhead(7);
    await form.locator('input[name=followUpOn]').fill(followUp);
    await form.locator('textarea[name=summary]').fill('   ');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=error-summary]').isVisible()).toBe(true);
    expect(await form.locator('input[name=followUpOn]').inputValue()).toBe(followUp);
    expect(await form.locator('select[name=outcome]').inputValue()).toBe('NEEDS_FOLLOW_UP');
    await page.screenshot({ path: join(shots, 'empty-summary.png') });

    const summary = `浏览器测试：电话沟通持仓 ${Date.now()}`;
    await form.locator('textarea[name=summary]').fill(summary);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=service-timeline] li').first().innerText(), { timeout: 10_000 }).toContain(summary);
    await expect.poll(() => page.locator('[data-testid=error-summary]').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'client.png'), fullPage: true });

    const rows = await world.db.query('select follow_up_on::text as f from service_log where client_id = $1 and summary = $2', [clientId, summary]);
    expect(rows.rows).toEqual([{ f: followUp }]);
  });

  it('sees follow-ups on the worklist, reschedules one with a reason, completes another by logging the contact; the timeline pages', async () => {
    const shanghaiDay = (offset: number) => (offset < 0 ? daysAgo(-offset) : daysAhead(offset));
    // the adviser's most valuable client heads the worklist
    const top = (await world.db.query(
      `select c.id, s.id as adviser_id from client c join staff s on s.id = c.adviser_id
        where s.email = 'adviser@demo.local' and c.status in ('ACTIVE', 'DORMANT')
        order by c.latest_total_assets desc nulls last, c.id limit 1`,
    )).rows[0];
    const followUp = async (summary: string, dueIn: number) => {
      const log = await world.db.query(
        `insert into service_log (client_id, adviser_id, occurred_at, channel, kind, summary, outcome, follow_up_on)
         values ($1, $2, now() - interval '10 days', 'PHONE', 'ADVISORY', $3, 'NEEDS_FOLLOW_UP', $4) returning id`,
        [top.id, top.adviser_id, summary, shanghaiDay(dueIn)],
      );
      return (await world.db.query('insert into follow_up (client_id, service_log_id, adviser_id, due_on) values ($1, $2, $3, $4) returning id',
        [top.id, log.rows[0].id, top.adviser_id, shanghaiDay(dueIn)])).rows[0].id as string;
    };
    const toComplete = await followUp('浏览器测试：客户要求三天后回电', -3);
    const toMove = await followUp('浏览器测试：约定下周讨论定投', -1);

    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await signIn(page, 'adviser@demo.local');
    await page.goto(`${world.url}/worklist?lng=en`);
    const row = (id: string) => page.locator(`[data-testid=worklist-row][data-follow-up-id="${id}"]`);
    await row(toComplete).waitFor();
    expect(await row(toComplete).getAttribute('data-status')).toBe('OVERDUE');
    expect(await row(toMove).getAttribute('data-kind')).toBe('FOLLOW_UP');

    // reschedule: an empty reason is refused by the field, then a reason moves it
    await row(toMove).locator('[data-testid=reschedule-follow-up]').click();
    const form = row(toMove).locator('[data-testid=reschedule-form]');
    await form.locator('input[name=dueOn]').fill(shanghaiDay(3));
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[data-testid=reschedule-error]').innerText()).toMatch(/why/i);
    await form.locator('input[name=reason]').fill('客户出差，改到下周');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => row(toMove).getAttribute('data-status'), { timeout: 10_000 }).toBe('DUE');
    expect((await world.db.query('select from_due_on::text as f, to_due_on::text as t, reason from follow_up_event where follow_up_id = $1', [toMove])).rows)
      .toEqual([{ f: shanghaiDay(-1), t: shanghaiDay(3), reason: '客户出差，改到下周' }]);
    await page.screenshot({ path: join(shots, 'worklist-follow-ups.png'), fullPage: true });

    // complete: the client page opens with the log-a-contact form linked to the follow-up
    await row(toComplete).locator('[data-testid=complete-follow-up]').click();
    await page.waitForSelector(`[data-testid=completing-follow-up][data-follow-up-id="${toComplete}"]`);
    const contact = page.locator('form[data-testid=log-contact-form]');
    await contact.locator('select[name=outcome]').selectOption('RESOLVED');
    await contact.locator('textarea[name=summary]').fill('浏览器测试：已回电，完成跟进');
    await contact.locator('button[type=submit]').click();
    await expect.poll(async () => (await world.db.query('select status, completed_by_log_id from follow_up where id = $1', [toComplete])).rows[0].status, { timeout: 10_000 }).toBe('DONE');
    await expect.poll(() => page.locator('[data-testid=completing-follow-up]').count()).toBe(0);
    await expect.poll(() => page.locator(`[data-testid=follow-up][data-id="${toComplete}"]`).count()).toBe(0);
    expect(await page.locator(`[data-testid=follow-up][data-id="${toMove}"]`).count()).toBe(1);
    // the moved follow-up keeps its history on the client page: from which day to which, why, who
    const history = page.locator(`[data-testid=follow-up][data-id="${toMove}"] [data-testid=follow-up-history]`);
    await history.locator('summary').click();
    expect(await history.locator('summary').innerText()).toBe('Rescheduled once');
    const move = await history.locator('[data-testid=follow-up-move]').innerText();
    expect(move).toContain('客户出差，改到下周');
    expect(move).toContain(`${shanghaiDay(-1)} → ${shanghaiDay(3)}`);
    expect(move).toContain((await world.db.query('select name from staff where id = $1', [top.adviser_id])).rows[0].name);
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'client-follow-up-history.png') });

    // the timeline says how many contacts there are and shows more on request
    const total = Number((await world.db.query('select count(*) as n from service_log where client_id = $1', [top.id])).rows[0].n);
    await expect.poll(() => page.locator('[data-testid=timeline-total]').getAttribute('data-count')).toBe(String(total));
    const shown = () => page.locator('[data-testid=service-timeline] li.timeline-item').count();
    await expect.poll(shown).toBe(Math.min(total, 20));
    if (total > 20) {
      await page.locator('[data-testid=timeline-more]').click();
      await expect.poll(shown).toBe(Math.min(total, 40));
    }

    await page.goto(`${world.url}/worklist?lng=en`);
    await row(toMove).waitFor();
    expect(await row(toComplete).count()).toBe(0);
  });

  it("shows not-found for another adviser's client, without its data", async () => {
    const other = await world.db.query(
      "select c.id, c.name from client c join staff s on s.id = c.adviser_id where s.email = 'adviser2@demo.local' limit 1",
    );
    const page = await browser.newPage();
    await signIn(page, 'adviser@demo.local');
    await page.goto(`${world.url}/clients/${other.rows[0].id}?lng=en`);
    await page.waitForSelector('[data-testid=client-not-found]');
    expect(await page.content()).not.toContain(other.rows[0].name);
  });

  it('tells a wrong password plainly and keeps the email typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${world.url}/?lng=en`);
    await page.fill('input[name=email]', 'adviser@demo.local');
    await page.fill('input[name=password]', 'not-the-password');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('[role=alert]').first().innerText()).toMatch(/email or password/i);
    expect(await page.locator('input[name=email]').inputValue()).toBe('adviser@demo.local');
  });

  it('tells, in both languages, that sign-in is locked after too many failures (the same for any email)', async () => {
    const page = await browser.newPage();
    await page.goto(`${world.url}/?lng=en`);
    await page.fill('input[name=email]', 'locked-out@demo.local');
    for (let i = 1; i <= 5; i++) {
      await page.fill('input[name=password]', `guess-${i}`);
      await page.click('button[type=submit]');
      await expect.poll(() => page.locator('[role=alert]').first().innerText()).toMatch(i < 5 ? /email or password/i : /Too many failed sign-ins\. Try again in 1[45] minutes/);
      await page.waitForSelector('button[type=submit]:not([disabled])');
    }
    await page.locator('[data-testid=lang-switch]').selectOption('zh-CN');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('[role=alert]').first().innerText()).toMatch(/登录失败次数过多，请 1[45] 分钟后再试/);
  });

  it('switches between Simplified Chinese and English', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${world.url}/`);
    await page.waitForSelector('input[name=email]');
    const zh = await page.locator('body').innerText();
    expect(zh).toMatch(/[登录密码]/);
    await page.locator('[data-testid=lang-switch]').selectOption('en');
    await expect.poll(() => page.locator('body').innerText()).toMatch(/Sign in/i);
  });
});
