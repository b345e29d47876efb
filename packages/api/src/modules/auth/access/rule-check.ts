import { getMetadataStorage } from 'type-graphql';
import { ACTIONS } from './permissions.js';
import { ACCESS_RULE, PUBLIC } from './decorators.js';

export interface FieldRule { kind: 'Query' | 'Mutation' | 'Subscription' | 'FieldResolver'; owner: string; field: string; rule: string | null }

/**
 * Every query, mutation, subscription and field resolver of the given resolver classes with
 * the rule it declares with @Can / @Public (null: none). Read from type-graphql's metadata
 * storage, the same data buildSchema puts into each field's extensions.
 */
export function fieldRules(resolvers: readonly Function[]): FieldRule[] {
  const storage = getMetadataStorage();
  const mine = new Set(resolvers);
  const ruleOf = (target: Function, field: string) => {
    const rule = storage.fieldExtensions.find((e) => e.target === target && e.fieldName === field)?.extensions[ACCESS_RULE];
    return typeof rule === 'string' ? rule : null;
  };
  const out: FieldRule[] = [];
  const add = (kind: FieldRule['kind'], list: { target: Function; methodName: string; schemaName: string }[]) => {
    for (const m of list) if (mine.has(m.target)) out.push({ kind, owner: m.target.name, field: m.schemaName, rule: ruleOf(m.target, m.methodName) });
  };
  add('Query', storage.queries);
  add('Mutation', storage.mutations);
  add('Subscription', storage.subscriptions);
  add('FieldResolver', storage.fieldResolvers.filter((f) => f.kind === 'external'));
  return out;
}

/**
 * Deny by default at build time: a resolver method with no rule, a bare `@Authorized()`, or
 * an action not in the table stops the schema from being built, so it can never be served.
 */
export function assertEveryFieldHasARule(resolvers: readonly Function[]): void {
  const valid = new Set<string>([PUBLIC, ...ACTIONS]);
  const bad = fieldRules(resolvers).filter((r) => !r.rule || !valid.has(r.rule));
  if (bad.length) {
    const list = bad.map((r) => `${r.kind} ${r.owner}.${r.field} (${r.rule ?? 'no rule'})`).join(', ');
    throw new Error(`Every resolver field needs @Can(action) or @Public(): ${list}`);
  }
}
