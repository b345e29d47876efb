import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_MODULE, WEB_DIST, chartFiles, initialFiles, gzipSize, readManifest } from '../../packages/web/scripts/weight.js';

// Reads packages/web/dist as the test command builds it (packages/web/scripts/build-if-stale.mjs
// runs before vitest). The budget is for what a phone on a slow network downloads before the
// book shows; README "Web app weight" has the sizes and how to see what a chunk holds.
const BUDGET_GZIP = 200 * 1024;

describe('the web app weight (regression: 548 KB of JavaScript and the chart library on every first load)', () => {
  const manifest = readManifest();
  const { js } = initialFiles();

  it(`the book's first load is at most ${BUDGET_GZIP / 1024} KB of JavaScript, gzip`, () => {
    expect(js.length).toBeGreaterThan(0);
    expect(gzipSize(js)).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('the chart library is not in the first load: its chunk is fetched by the client page only', () => {
    const chart = manifest[CHART_MODULE]!.file;
    expect(js).not.toContain(chart);
    expect(chartFiles()).toContain(chart);
    // recharts is in that chunk, and in no chunk of the first load (its wrapper's class name marks it)
    const hasRecharts = (file: string) => readFileSync(join(WEB_DIST, file), 'utf8').includes('recharts-wrapper');
    expect(hasRecharts(chart)).toBe(true);
    expect(js.filter(hasRecharts)).toEqual([]);
  });

  it('the other pages are chunks of their own, not in the first load', () => {
    for (const page of ['src/modules/auth/SignInPage.tsx', 'src/modules/worklist/WorklistPage.tsx', 'src/modules/policies/PolicyPage.tsx']) {
      expect(manifest[page]?.isDynamicEntry, page).toBe(true);
      expect(js).not.toContain(manifest[page]!.file);
    }
  });
});
