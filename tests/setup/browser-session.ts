import type { Browser, Page } from 'playwright-core';

/** A new page signed in as `email` (demo password), on the book. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string, lng = 'en'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(`${baseUrl}/?lng=${lng}`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'demo-password');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=viewer]');
  return page;
}
