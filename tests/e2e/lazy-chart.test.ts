import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../packages/api/src/config.js';
import { useTestWorld } from '../setup/test-server.js';
import { launchChromium } from '../setup/browser.js';
import { CHART_MODULE, readManifest } from '../../packages/web/scripts/weight.js';

const world = useTestWorld();
const shots = join(REPO_ROOT, 'tests/.artifacts');
const HAN = /[\u4e00-\u9fff]/;
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

/** Every script the page asked for, with the encoding it came in. */
function scripts(page: Page): Map<string, string | undefined> {
  const seen = new Map<string, string | undefined>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) seen.set(path, r.headers()['content-encoding']);
  });
  return seen;
}

describe('the chart library loads with the chart, not with the book (regression: recharts on every first load)', () => {
  let browser: Browser;
  const chart = `/${readManifest()[CHART_MODULE]!.file}`;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['en', 'desktop'],
    ['zh-CN', 'desktop'],
    ['en', 'phone'],
    ['zh-CN', 'phone'],
  ] as const)('%s, %s: the book without the chart chunk, then a client page that fetches it and draws the chart', async (lng, size) => {
    const page = await browser.newPage({ ...VIEWPORTS[size], deviceScaleFactor: 1 });
    const loaded = scripts(page);
    await page.goto(`${world.url}/?lng=${lng}`);
    await page.fill('input[name=email]', 'adviser@demo.local');
    await page.fill('input[name=password]', 'demo-password');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=book-row]');
    await page.waitForLoadState('networkidle');
    expect(HAN.test(await page.locator('h1').first().innerText())).toBe(lng === 'zh-CN');
    expect([...loaded.keys()]).not.toContain(chart);
    // served compressed (Chromium offers brotli over HTTPS only, so gzip here)
    for (const [path, encoding] of loaded) expect([path, encoding]).toEqual([path, expect.stringMatching(/^(gzip|br)$/)]);
    await page.screenshot({ path: join(shots, `weight-book-${lng}-${size}.png`) });

    await page.locator('[data-testid=book-row] a.client-link').first().click();
    await page.waitForSelector('[data-testid=client-name]');
    // the line is drawn: recharts' path with real coordinates inside the chart card
    const line = page.locator('[data-testid=assets-chart] .recharts-line path');
    await line.first().waitFor();
    expect((await line.first().getAttribute('d'))?.length ?? 0).toBeGreaterThan(50);
    expect([...loaded.keys()]).toContain(chart);
    expect(loaded.get(chart)).toMatch(/^(gzip|br)$/);
    await page.screenshot({ path: join(shots, `weight-client-${lng}-${size}.png`), fullPage: true });
    await page.close();
  });

  it('switching language fetches the other locale and shows it', async () => {
    const page = await browser.newPage(VIEWPORTS.desktop);
    const loaded = scripts(page);
    await page.goto(`${world.url}/?lng=en`);
    await page.fill('input[name=email]', 'adviser@demo.local');
    await page.fill('input[name=password]', 'demo-password');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=book-row]');
    // English only: the Chinese locale was not downloaded
    expect([...loaded.keys()].filter((p) => p.includes('/zh-CN-'))).toEqual([]);
    // a reload asks for the viewer once: main.tsx sends it while the locale loads, RequireAuth reads urql's cache
    const viewerQueries: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /query Viewer\b/.test(r.postData() ?? '')) viewerQueries.push(r.url());
    });
    await page.reload();
    await page.waitForSelector('[data-testid=book-row]');
    expect(viewerQueries).toHaveLength(1);
    await page.locator('[data-testid=lang-switch]').selectOption('zh-CN');
    await expect.poll(async () => HAN.test(await page.locator('h1').first().innerText())).toBe(true);
    expect([...loaded.keys()].filter((p) => p.includes('/zh-CN-'))).toHaveLength(1);
    await page.close();
  });
});
