import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestWorld } from '../setup/test-server.js';
import { WEB_DIST, initialFiles } from '../../packages/web/scripts/weight.js';

const world = useTestWorld();

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly these headers, the body as sent (fetch would decompress it and add its own Accept-Encoding). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${world.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the web app is served compressed and cached by what changes (regression: 548 KB uncompressed on every load)', () => {
  const entry = initialFiles().js.find((f) => /^assets\/index-.+\.js$/.test(f))!;
  const original = readFileSync(join(WEB_DIST, entry));

  it.each([
    ['br', 'gzip, deflate, br', brotliDecompressSync],
    ['gzip', 'gzip, deflate', gunzipSync],
  ] as const)('a hashed script as %s when the browser accepts it, cached for a year', async (encoding, accept, decode) => {
    const r = await get(`/${entry}`, { 'accept-encoding': accept });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe(encoding);
    expect(r.headers['vary']).toMatch(/accept-encoding/i);
    expect(r.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.body.length).toBeLessThan(original.length / 2);
    expect(decode(r.body).equals(original)).toBe(true);
  });

  it('the same script plain to a client that accepts no compression', async () => {
    const r = await get(`/${entry}`, { 'accept-encoding': 'identity' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.equals(original)).toBe(true);
  });

  it.each(['/', '/clients', '/clients/some-id?lng=zh-CN', '/index.html'])('index.html at %s is revalidated on every load (a deploy shows at once)', async (path) => {
    const r = await get(path, { 'accept-encoding': 'gzip, br' });
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['content-type']).toMatch(/^text\/html/);
  });

  it('a chunk that is not there (a tab left open across a deploy) is a 404, not the app', async () => {
    const r = await get('/assets/ClientPage-gone1234.js', { 'accept-encoding': 'gzip, br' });
    expect(r.status).toBe(404);
    expect(r.body.toString()).not.toMatch(/<html/i);
  });

  it('GraphQL answers over 1 KB are compressed too', async () => {
    const query = JSON.stringify({ query: '{ __schema { types { name } } }' });
    const r = await get('/graphql', { 'accept-encoding': 'gzip', 'content-type': 'application/json' }, 'POST', query);
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(r.body).toString()).data.__schema.types.length).toBeGreaterThan(10);
  });
});
