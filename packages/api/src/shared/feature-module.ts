import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import type { ClientAccess } from '../modules/auth/access/client-access.js';

/**
 * What a feature folder registers: its resolvers (for the schema), its entities (for the ORM)
 * and its per-request loaders (for the context). The schema, the ORM and the context collect
 * these from modules/index.ts, so a new feature touches its own folder and one line there.
 * Loaders get the request's client-access check so every loader of client data can ask it.
 */
export interface FeatureModule {
  readonly name: string;
  readonly resolvers: readonly Function[];
  readonly entities: readonly EntityClass<any>[];
  readonly loaders?: (em: EntityManager, access: ClientAccess) => object;
}

type LoadersOf<M> = M extends { loaders: (...args: never[]) => infer L } ? L : {};

/**
 * The merged loaders of a list of features (a tuple, `as const`), fully typed: each module's
 * loaders' return type, intersected, so `ctx.loaders.tierHistory` keeps its DataLoader type.
 */
export type FeatureLoaders<F extends readonly unknown[]> = F extends readonly [infer Head, ...infer Rest]
  ? LoadersOf<Head> & FeatureLoaders<Rest>
  : {};

export function featureResolvers(features: readonly FeatureModule[]) {
  return features.flatMap((f) => f.resolvers);
}

export function featureEntities(features: readonly FeatureModule[]) {
  return features.flatMap((f) => f.entities);
}

/** Builds every feature's loaders for one request; two features naming the same loader is a bug. */
export function featureLoaders<F extends readonly FeatureModule[]>(features: F, em: EntityManager, access: ClientAccess): FeatureLoaders<F> {
  const merged: Record<string, unknown> = {};
  for (const f of features) {
    if (!f.loaders) continue;
    for (const [key, loader] of Object.entries(f.loaders(em, access))) {
      if (key in merged) throw new Error(`Loader "${key}" is registered twice (again by feature ${f.name})`);
      merged[key] = loader;
    }
  }
  return merged as FeatureLoaders<F>;
}
