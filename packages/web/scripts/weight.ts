// The web app's weight as a browser downloads it: what the first load fetches (the entry
// script of index.html and every chunk it imports statically, which Vite also lists as
// modulepreload links, plus the stylesheets) and what the client page's chart adds.
// Sizes raw, gzip (level 9) and brotli (quality 11), as the build pre-compresses them.
// Run after a build:  npx tsx packages/web/scripts/weight.ts  (from the repository root)
// tests/integration/web-weight.test.ts holds the limits.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
/** The module whose chunk carries the chart library (recharts), loaded by the client page only. */
export const CHART_MODULE = 'src/modules/clients/components/AssetsChart.tsx';
/** One of these loads before the first paint (src/app/i18n.ts): the language in use. */
export const LOCALE_MODULES = ['src/app/locales/en.ts', 'src/app/locales/zh-CN.ts'];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export function readManifest(dist = WEB_DIST): Manifest {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build the web app first (node packages/web/scripts/build-if-stale.mjs)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** A chunk's key and every chunk it imports statically, transitively (what loads with it). */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/**
 * The files the first load of the book fetches, as paths under dist/: the scripts and
 * stylesheets index.html names (entry and modulepreloads), every chunk the entry imports
 * statically according to the manifest (the two must agree; the union is taken), and the
 * heavier of the two locale chunks (one is fetched before the first paint).
 */
export function initialFiles(dist = WEB_DIST): { js: string[]; css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\//, ''));
  const js = new Set([...attr(/<script[^>]*\bsrc="([^"]+)"/g), ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)]);
  const css = new Set(attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g));
  const manifest = readManifest(dist);
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length === 0) throw new Error('the manifest names no entry');
  for (const entry of entries) {
    for (const key of staticClosure(manifest, entry)) {
      js.add(manifest[key]!.file);
      for (const c of manifest[key]!.css ?? []) css.add(c);
    }
  }
  const locales = LOCALE_MODULES.map((m) => {
    if (!manifest[m]) throw new Error(`${m} is not in the manifest (renamed?)`);
    return manifest[m]!.file;
  });
  const heaviest = locales.reduce((a, b) => (gzipSize([a], dist) >= gzipSize([b], dist) ? a : b));
  js.add(heaviest);
  return { js: [...js], css: [...css] };
}

/** What the chart adds to the page that shows it (the chunk that imports it lazily): its chunk and what only it imports (recharts, d3…). */
export function chartFiles(dist = WEB_DIST): string[] {
  const manifest = readManifest(dist);
  if (!manifest[CHART_MODULE]) throw new Error(`${CHART_MODULE} is not in the manifest (renamed?)`);
  const pages = Object.keys(manifest).filter((k) => manifest[k]!.dynamicImports?.includes(CHART_MODULE));
  if (pages.length === 0) throw new Error(`no chunk imports ${CHART_MODULE} lazily`);
  const loaded = new Set(initialFiles(dist).js);
  for (const page of pages) for (const k of staticClosure(manifest, page)) loaded.add(manifest[k]!.file);
  return [...staticClosure(manifest, CHART_MODULE)].map((k) => manifest[k]!.file).filter((f) => !loaded.has(f));
}

/** Bytes of the files gzipped at level 9 (what the server sends to a browser without brotli). */
export function gzipSize(files: string[], dist = WEB_DIST): number {
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
}

export function sizeOf(files: string[], dist = WEB_DIST): Size {
  const total: Size = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const raw = readFileSync(join(dist, f));
    total.raw += raw.length;
    total.gzip += gzipSync(raw, { level: 9 }).length;
    total.brotli += brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const { js, css } = initialFiles();
  const rows: [string, string[]][] = [
    ['first load JS', js],
    ['first load CSS', css],
    ['chart (client page)', chartFiles()],
  ];
  for (const [what, files] of rows) {
    const s = sizeOf(files);
    console.log(`${what.padEnd(20)} raw ${kb(s.raw).padStart(9)}  gzip ${kb(s.gzip).padStart(9)}  brotli ${kb(s.brotli).padStart(9)}  ${files.join(' ')}`);
  }
}
