import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { useTestWorld } from '../setup/test-server.js';
import { launchChromium } from '../setup/browser.js';

const world = useTestWorld();
const shots = join(REPO_ROOT, 'tests/.artifacts');
const PHONE = { width: 390, height: 844 };
const HAN = /[\u4e00-\u9fff]/;

async function phonePage(browser: Browser, lng: string): Promise<Page> {
  const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await page.goto(`${world.url}/?lng=${lng}`);
  return page;
}

async function signIn(page: Page, email: string) {
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'demo-password');
  await page.click('button[type=submit]');
}

/** Nothing on the page is wider than the screen: the document never scrolls sideways. */
const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/** The element's box lies wholly inside the viewport as it is scrolled now, and not under the (sticky) header. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const header = selector.includes('sign-out') ? null : await page.locator('.app-header').boundingBox();
  const top = header ? header.y + header.height : 0;
  return !!box && box.x >= 0 && box.y >= top && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height;
}

describe('the adviser on a phone (390 × 844)', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['en', 'zh-CN'])('%s: signs in, reads the book as cards, opens a client, logs a contact in one tap, signs out', async (lng) => {
    const page = await phonePage(browser, lng);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await signIn(page, 'adviser@demo.local');
    await page.waitForSelector('[data-testid=book-row]');

    // the book: no sideways scroll, sign-out on screen, each client a card with a readable name
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await inViewport(page, '[data-testid=sign-out]')).toBe(true);
    const row = page.locator('[data-testid=book-row]').first();
    const rowBox = (await row.boundingBox())!;
    expect(rowBox.width).toBeLessThanOrEqual(PHONE.width);
    // a name on one line, not one character per line
    const nameBox = (await row.locator('a.client-link').boundingBox())!;
    expect(nameBox.height).toBeLessThan(30);
    await page.screenshot({ path: join(shots, `phone-book-${lng}.png`) });

    // the menu holds the navigation, and fits too
    await page.locator('[data-testid=menu-toggle]').click();
    await expect.poll(() => page.locator('[data-testid=nav-worklist]').isVisible()).toBe(true);
    expect(await inViewport(page, '[data-testid=lang-switch]')).toBe(true);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(shots, `phone-menu-${lng}.png`) });

    // the worklist folds into cards too: nothing scrolls sideways, not even inside its table
    await page.locator('[data-testid=nav-worklist]').click();
    await page.waitForSelector('[data-testid=worklist-row]');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('[data-testid=worklist]').evaluate((t) => t.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const item = (await page.locator('[data-testid=worklist-row]').first().boundingBox())!;
    expect(item.width).toBeLessThanOrEqual(PHONE.width);
    expect(item.height).toBeLessThan(220);
    await page.screenshot({ path: join(shots, `phone-worklist-${lng}.png`) });
    await page.goBack();
    await page.waitForSelector('[data-testid=book-row]');

    // a client: one tap on the floating button brings the form into view with the summary focused
    await row.locator('a.client-link').click();
    await page.waitForSelector('[data-testid=client-name]');
    await page.waitForSelector('[data-testid=next-best-reason]');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await inViewport(page, '[data-testid=sign-out]')).toBe(true);
    expect(await inViewport(page, '[data-testid=log-contact-jump]')).toBe(true);
    await page.screenshot({ path: join(shots, `phone-client-${lng}.png`) });
    await page.locator('[data-testid=log-contact-jump]').click();
    await expect.poll(() => inViewport(page, '#log-contact-title')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('summary');
    await expect.poll(() => page.locator('[data-testid=log-contact-jump]').count()).toBe(0);
    await page.screenshot({ path: join(shots, `phone-form-${lng}.png`) });

    const summary = `手机记录 ${lng} ${Date.now()}`;
    const form = page.locator('form[data-testid=log-contact-form]');
    await form.locator('textarea[name=summary]').fill(summary);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=service-timeline] li').first().innerText(), { timeout: 10_000 }).toContain(summary);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(shots, `phone-client-full-${lng}.png`), fullPage: true });

    await page.locator('[data-testid=sign-out]').click();
    await page.waitForSelector('input[name=password]');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it('keeps the desktop header in one row with the navigation shown and no menu button', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${world.url}/?lng=zh-CN`);
    await signIn(page, 'adviser@demo.local');
    await page.waitForSelector('[data-testid=book-row]');
    expect(await page.locator('[data-testid=menu-toggle]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=nav-worklist]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=viewer]').isVisible()).toBe(true);
    expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThanOrEqual(60);
    expect(await page.locator('.book-table thead').isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'desktop-book-zh-CN.png') });
    await page.close();
  });
});

describe('an expired session while logging a contact', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends the adviser to sign in, then back to the form with what they typed and a message saying so', async () => {
    const page = await phonePage(browser, 'en');
    await signIn(page, 'adviser@demo.local');
    await page.locator('[data-testid=book-row] a.client-link').first().click();
    await page.waitForSelector('[data-testid=client-name]');
    const clientPath = new URL(page.url()).pathname;
    const clientId = clientPath.split('/').pop()!;

    const summary = `Typed before the session ended ${Date.now()}`;
    const followUp = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const form = page.locator('form[data-testid=log-contact-form]');
    await form.locator('select[name=channel]').selectOption('WECHAT');
    await form.locator('select[name=outcome]').selectOption('NEEDS_FOLLOW_UP');
    await form.locator('input[name=followUpOn]').fill(followUp);
    await form.locator('textarea[name=summary]').fill(summary);

    // the session ends on the server while the adviser types
    await world.db.query(
      "update auth_session set expires_at = now() - interval '1 minute' where staff_id = (select id from staff where email = 'adviser@demo.local')",
    );
    await form.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe(clientPath);

    await signIn(page, 'adviser@demo.local');
    await page.waitForURL((url) => url.pathname === clientPath);
    await page.waitForSelector('[data-testid=draft-restored]');
    await expect.poll(() => inViewport(page, '[data-testid=draft-restored]')).toBe(true);
    expect(await form.locator('textarea[name=summary]').inputValue()).toBe(summary);
    expect(await form.locator('select[name=channel]').inputValue()).toBe('WECHAT');
    expect(await form.locator('select[name=outcome]').inputValue()).toBe('NEEDS_FOLLOW_UP');
    expect(await form.locator('input[name=followUpOn]').inputValue()).toBe(followUp);
    await page.screenshot({ path: join(shots, 'draft-restored.png') });

    // the draft holds only what was typed, under the form and the client's id
    const stored = await page.evaluate(() => Object.entries(sessionStorage).filter(([k]) => k.startsWith('crm.draft.')));
    expect(stored.map(([k]) => k)).toEqual([`crm.draft.log-contact.${clientId}`]);
    expect(Object.keys(JSON.parse(stored[0]![1]).values).sort()).toEqual(
      ['channel', 'followUpOn', 'kind', 'occurredAt', 'offeringId', 'outcome', 'sentiment', 'summary'],
    );

    // submitting now logs it once, and the draft and the message are gone
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=service-timeline] li').first().innerText(), { timeout: 10_000 }).toContain(summary);
    expect(await page.locator('[data-testid=draft-restored]').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('crm.draft.')))).toEqual([]);
    const rows = await world.db.query('select channel from service_log where client_id = $1 and summary = $2', [clientId, summary]);
    expect(rows.rows).toEqual([{ channel: 'WECHAT' }]);
    await page.close();
  });
});

describe('server-side errors in the Chinese interface', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says a future contact time and a future review date in Chinese, never the API’s English', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${world.url}/?lng=zh-CN`);
    await signIn(page, 'adviser@demo.local');
    await page.locator('[data-testid=book-row] a.client-link').first().click();
    await page.waitForSelector('[data-testid=next-best-reason]');
    // the next-best-contact reason is worded here, from its code and facts
    expect(await page.locator('[data-testid=next-best-reason]').innerText()).toMatch(HAN);
    expect(await page.locator('[data-testid=next-best-contact]').innerText()).not.toMatch(/[a-z]{4,} [a-z]{3,}/);

    // the API refuses a contact time in the future (BAD_USER_INPUT on occurredAt, reason DATE_IN_FUTURE)
    const form = page.locator('form[data-testid=log-contact-form]');
    await form.locator('textarea[name=summary]').fill('未来的联系时间');
    const nextYear = new Date().getUTCFullYear() + 1;
    await form.locator('input[name=occurredAt]').fill(`${nextYear}-01-15T10:00`);
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=error-occurredAt]');
    const contactError = await page.locator('[data-testid=error-occurredAt]').innerText();
    expect(contactError).toBe('日期不能晚于今天。');
    await page.locator('[data-testid=sign-out]').click();
    await page.waitForSelector('input[name=password]');

    // head office: a review as of a future date
    await signIn(page, 'head@demo.local');
    await page.waitForSelector('[data-testid=viewer]');
    await page.goto(`${world.url}/policies`);
    await page.locator('input[name=asOf]').fill(`${nextYear}-06-30`);
    await page.locator('[data-testid=start-review]').click();
    await page.waitForSelector('[data-testid=review-error]');
    const reviewError = await page.locator('[data-testid=review-error]').innerText();
    expect(reviewError).toBe('日期不能晚于今天。');
    expect(reviewError).not.toMatch(/future/i);
    await page.screenshot({ path: join(shots, 'review-future-zh-CN.png') });
    await page.close();
  });
});
