import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { useTestWorld } from '../setup/test-server.js';
import { launchChromium } from '../setup/browser.js';

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
    const followUp = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
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
