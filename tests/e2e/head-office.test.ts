import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { useTestWorld } from '../setup/test-server.js';
import { launchChromium } from '../setup/browser.js';
import { signedInPage } from '../setup/browser-session.js';

const world = useTestWorld();
const shots = join(REPO_ROOT, 'tests/.artifacts');

describe('head office in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('copies the active policy into a draft, simulates it, activates it and runs a review', async () => {
    const page = await signedInPage(browser, world.url, 'head@demo.local');
    await page.goto(`${world.url}/policies?lng=en`);
    await page.locator('[data-testid=policy-row][data-version="1"] a').first().click();
    // the active policy's page already matches /policies/<uuid>: wait until it is another one
    // (waiting for the old URL raced the copy, and lost whenever the copy took over a second)
    const copy = page.locator('[data-testid=copy-policy]');
    await copy.waitFor();
    const activePath = new URL(page.url()).pathname;
    await copy.click();
    await page.waitForURL((u) => u.pathname !== activePath && /\/policies\/[0-9a-f-]{36}$/.test(u.pathname));
    await expect.poll(() => page.locator('[data-testid=policy-status]').first().innerText()).toMatch(/draft/i);
    const draftId = page.url().split('/').pop()!;
    expect((await world.db.query('select status, version from tier_policy where id = $1', [draftId])).rows[0]).toEqual({ status: 'DRAFT', version: 2 });

    // simulate: the matrix accounts for every reviewable client, and nothing is written
    const changes = Number((await world.db.query('select count(*) from tier_change')).rows[0].count);
    await page.locator('[data-testid=simulate]').click();
    await page.waitForSelector('[data-testid=migration-matrix] [data-testid=matrix-cell]');
    const cells = await page.locator('[data-testid=matrix-cell]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-clients') ?? 0)));
    const reviewable = Number((await world.db.query("select count(*) from client where status in ('ACTIVE','DORMANT')")).rows[0].count);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(reviewable);
    expect(Number((await world.db.query('select count(*) from tier_change')).rows[0].count)).toBe(changes);
    await page.screenshot({ path: join(shots, 'simulation.png'), fullPage: true });

    await page.locator('[data-testid=activate]').click();
    await page.locator('[data-testid=activate-confirm]').click();
    await page.waitForSelector('[data-testid=activated]');
    expect((await world.db.query("select version from tier_policy where status = 'ACTIVE'")).rows).toEqual([{ version: 2 }]);

    await page.goto(`${world.url}/policies?lng=en`);
    await page.locator('[data-testid=start-review]').click();
    await expect.poll(() => page.locator('[data-testid=review-status]').first().getAttribute('data-status'), { timeout: 20_000 }).toBe('SUCCEEDED');
    await page.screenshot({ path: join(shots, 'review.png'), fullPage: true });
    const run = (await world.db.query('select status, clients_reviewed from tier_review_run order by started_at desc limit 1')).rows[0];
    expect(run).toEqual({ status: 'SUCCEEDED', clients_reviewed: reviewable });
  });

  it('shows a threshold out of order by its cell and keeps what was typed', async () => {
    const page = await signedInPage(browser, world.url, 'head@demo.local');
    await page.goto(`${world.url}/policies?lng=en`);
    const active = (await world.db.query("select id from tier_policy where status = 'ACTIVE'")).rows[0].id;
    await page.goto(`${world.url}/policies/${active}?lng=en`);
    await page.locator('[data-testid=copy-policy]').click();
    await page.waitForSelector('form[data-testid=policy-form]');
    const form = page.locator('form[data-testid=policy-form]');
    const cell = form.locator('input[name="tiers.2.minAvgAssets"]');
    await cell.fill('1');
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid="error-tiers.2.minAvgAssets"]');
    expect(await cell.inputValue()).toBe('1');
  });
});
