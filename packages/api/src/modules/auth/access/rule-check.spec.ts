import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Authorized, Query, Resolver } from 'type-graphql';
import { RESOLVERS } from '../../../schema.js';
import { assertEveryFieldHasARule, fieldRules } from './rule-check.js';
import { Can } from './decorators.js';

@Resolver()
class NoRuleResolver {
  @Query(() => String)
  forgotten(): string {
    return 'served without a rule';
  }
}

@Resolver()
class BareAuthorizedResolver {
  @Authorized()
  @Query(() => String)
  signedInOnly(): string {
    return 'any signed-in role';
  }
}

@Resolver()
class AuthorizedWithoutCanResolver {
  @Authorized('client:read')
  @Query(() => String)
  recordedButNotEnforced(): string {
    return "type-graphql's rule, which this schema does not enforce";
  }
}

@Resolver()
class RuledResolver {
  @Can('catalogue:read')
  @Query(() => String)
  ruled(): string {
    return 'ok';
  }
}

describe('every resolver field declares an access rule', () => {
  it('holds for every query, mutation and field resolver of the API', () => {
    const rules = fieldRules(RESOLVERS);
    expect(rules.filter((r) => r.kind === 'Query').length).toBeGreaterThan(5);
    expect(rules.filter((r) => r.kind === 'FieldResolver').length).toBeGreaterThan(10);
    expect(() => assertEveryFieldHasARule(RESOLVERS)).not.toThrow();
  });

  it.each([
    ['no rule at all', NoRuleResolver, /forgotten \(no rule\)/],
    ['a bare @Authorized() (any role)', BareAuthorizedResolver, /signedInOnly/],
    ["type-graphql's @Authorized(action) instead of @Can (not enforced)", AuthorizedWithoutCanResolver, /recordedButNotEnforced \(no rule\)/],
  ])('refuses to build a schema with a field that has %s', (_label, resolver, message) => {
    expect(() => assertEveryFieldHasARule([...RESOLVERS, resolver])).toThrow(message);
  });

  it('accepts a field that declares @Can(action)', () => {
    expect(() => assertEveryFieldHasARule([RuledResolver])).not.toThrow();
  });
});
