import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { buildCrmSchema, RESOLVERS } from '../../../schema.js';
import { DomainError } from '../../../shared/errors.js';
import type { Context } from '../../../context.js';
import type { Viewer } from '../viewer.js';
import { fieldRules } from './rule-check.js';
import { ACCESS_RULE, PUBLIC } from './decorators.js';

const schema = await buildCrmSchema();
const viewer = (role: Viewer['role']): Viewer => ({ id: '00000000-0000-4000-8000-000000000001', name: 'x', email: 'x@x', role, branchId: null });

describe('access rules applied to the built schema (field-guard.ts)', () => {
  it('carries every declared rule of a query and mutation into the schema field', () => {
    const rules = fieldRules(RESOLVERS).filter((r) => r.kind === 'Query' || r.kind === 'Mutation');
    expect(rules.length).toBeGreaterThan(10);
    for (const r of rules) {
      const field = (r.kind === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[r.field]!;
      expect([r.kind, r.field, field.extensions[ACCESS_RULE]]).toEqual([r.kind, r.field, r.rule]);
    }
  });

  it.each([
    ['no viewer', null, 'UNAUTHENTICATED'],
    ['a role without the action', viewer('COMPLIANCE'), 'FORBIDDEN'],
  ])('refuses a guarded field for %s before its resolver runs', (_label, v, code) => {
    // policy:edit is head office only; the guard throws before type-graphql's resolver is reached
    const field = schema.getMutationType()!.getFields()['createTierPolicyDraft']!;
    expect(field.extensions[ACCESS_RULE]).toBe('policy:edit');
    let thrown: unknown;
    try {
      field.resolve!({}, {}, { viewer: v } as Context, {} as GraphQLResolveInfo);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe(code);
  });

  it('guards field resolvers too, and leaves public fields alone', () => {
    const days = schema.getType('Client') as import('graphql').GraphQLObjectType;
    const field = days.getFields()['daysSinceLastContact']!;
    expect(field.extensions[ACCESS_RULE]).toBe('client:read');
    expect(() => field.resolve!({ lastContactAt: null }, {}, { viewer: null } as Context, {} as GraphQLResolveInfo)).toThrow();
    expect(field.resolve!({ lastContactAt: null }, {}, { viewer: viewer('ADVISER') } as Context, {} as GraphQLResolveInfo)).toBeNull();
    const me = schema.getQueryType()!.getFields()['me'];
    expect(me?.extensions[ACCESS_RULE]).toBe(PUBLIC);
  });
});
