import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FEATURES } from './index.js';
import { RESOLVERS } from '../schema.js';
import { ENTITIES } from '../db/orm.js';
import type { Loaders } from '../context.js';
import { featureLoaders, type FeatureModule } from '../shared/feature-module.js';
import type { ClientAccess } from './auth/access/client-access.js';
import type { TierChangeType } from './tiers/tier.type.js';
import type { StaffType } from './staff/staff.type.js';

// Convention 18: a feature registers itself. These checks catch the feature that was written
// but not registered (its resolvers never served, its entities unknown to the ORM).
const modulesDir = fileURLToPath(new URL('.', import.meta.url));
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
const sources = filesUnder(modulesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
const isClass = (v: unknown): v is Function => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));
const classesOf = async (suffix: string) =>
  (await Promise.all(sources.filter((f) => f.endsWith(suffix)).map(async (f) => Object.values(await import(f)).filter(isClass)))).flat();

describe('a feature registers itself (modules/index.ts)', () => {
  it('lists one descriptor per feature folder', async () => {
    const folders = readdirSync(modulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const descriptors = (await Promise.all(sources.filter((f) => f.endsWith('.module.ts')).map((f) => import(f))))
      .flatMap((m) => Object.values(m) as FeatureModule[]);
    expect(descriptors.map((d) => d.name).sort()).toEqual([...folders].sort());
    expect(new Set(FEATURES)).toEqual(new Set(descriptors));
  });

  it('serves every resolver class written under modules/', async () => {
    const resolvers = (await classesOf('.resolver.ts')).filter((c) => c.name.endsWith('Resolver'));
    expect(resolvers.length).toBeGreaterThan(20);
    expect(resolvers.filter((r) => !RESOLVERS.includes(r)).map((r) => r.name)).toEqual([]);
  });

  it('gives the ORM every entity written under modules/, and nothing else', async () => {
    const entities = await classesOf('.entity.ts');
    expect(entities.filter((e) => !ENTITIES.includes(e)).map((e) => e.name)).toEqual([]);
    expect(new Set(ENTITIES)).toEqual(new Set(entities));
  });

  it('refuses two features that register the same loader name', () => {
    const a = { name: 'a', resolvers: [], entities: [], loaders: () => ({ staff: 1 }) } satisfies FeatureModule;
    const b = { name: 'b', resolvers: [], entities: [], loaders: () => ({ staff: 2 }) } satisfies FeatureModule;
    expect(() => featureLoaders([a, b], {} as EntityManager, {} as ClientAccess)).toThrow(/"staff" is registered twice/);
    expect(featureLoaders([a], {} as EntityManager, {} as ClientAccess)).toEqual({ staff: 1 });
  });

  it('keeps the merged loaders typed (checked by tsc)', () => {
    expectTypeOf<Loaders['tierHistory']>().toEqualTypeOf<DataLoader<string, TierChangeType[], string>>();
    expectTypeOf<Loaders['staff']>().toEqualTypeOf<DataLoader<string, StaffType, string>>();
    expectTypeOf<Loaders>().not.toHaveProperty('notALoader');
  });
});

describe('tools are not features', () => {
  it('nothing under modules/ imports the demo generator, a benchmark or a CLI', () => {
    const offenders = sources.filter((f) => /from '[^']*\/(demo|bench|cli)\//.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(modulesDir, f))).toEqual([]);
  });
});
