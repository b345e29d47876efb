import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Request code runs inside the acting transaction (the viewer's database role and settings). A
// bare `em.fork()` drops that transaction: its reads go to another pooled connection as the
// connecting user, past row-level security. Only jobs, which start from the ORM's root
// EntityManager and act as their own role, may fork without the transaction context.
const MODULES = fileURLToPath(new URL('../..', import.meta.url));
const MAY_FORK = /\.task\.ts$/;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });

export function bareForks(files: { path: string; text: string }[]): string[] {
  return files
    .filter((f) => !MAY_FORK.test(f.path))
    .flatMap((f) => f.text.split('\n').flatMap((line, i) => (/\.fork\(\s*\)/.test(line) ? [`${f.path}:${i + 1}`] : [])));
}

describe('request code stays in the acting transaction', () => {
  it('finds a bare fork where one is written', () => {
    expect(bareForks([{ path: 'x.service.ts', text: 'const w = await em.fork().findOne(A, {});' }])).toEqual(['x.service.ts:1']);
    expect(bareForks([{ path: 'x.task.ts', text: 'run(deps.orm.em.fork())' }])).toEqual([]);
  });

  it('no module forks the EntityManager without its transaction context (use freshViewInRequest)', () => {
    const files = sources(MODULES).map((path) => ({ path: relative(MODULES, path), text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(20);
    expect(bareForks(files)).toEqual([]);
  });
});
