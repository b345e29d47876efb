import { GraphQLError, Kind, getNamedType, isLeafType, type ASTVisitor, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
// the CommonJS build: its ESM build imports graphql/index.mjs, a second graphql instance next to
// the CommonJS one type-graphql builds the schema with ("from another module or realm")
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';

/**
 * Limits every operation must pass before it runs. The web app's own documents are far
 * below them (tests/integration/graphql-limits.test.ts runs every one through them); a
 * document above any of them is refused during validation, before a resolver or a SQL
 * statement runs, with extensions.code = QUERY_TOO_COMPLEX.
 */
export const GRAPHQL_LIMITS = {
  /** nesting of selection sets, fragments flattened */
  depth: 12,
  /** aliased fields per operation (the web app uses none) */
  aliases: 15,
  /** directives per operation */
  directives: 10,
  /** lexer tokens per document (graphql-js parse option: refused while parsing) */
  tokens: 4000,
  /** the same field selected more than this many times in one selection set */
  duplicatedFields: 5,
  /** cost: each object costs 1, a list costs its page size (`first`, `days`) times its items */
  cost: 20_000,
} as const;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** A document refused by a limit. formatError keeps its code and message. */
export class QueryTooComplexError extends GraphQLError {
  constructor(message: string, limit: string) {
    super(message, { extensions: { code: QUERY_TOO_COMPLEX, limit, http: { status: 400 } } });
  }
}

// graphql-armor's rules throw by default, which would surface as an internal error;
// report a coded error instead and let validation finish.
const reject = (limit: string) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(new QueryTooComplexError(err.message.replace(/^Syntax Error: /, ''), limit))],
});

/** The same field (by response name) selected over and over in one selection set. */
function maxDuplicatedFieldsRule(n: number) {
  return (context: ValidationContext): ASTVisitor => ({
    SelectionSet(node) {
      const seen = new Map<string, number>();
      for (const s of node.selections) {
        if (s.kind !== Kind.FIELD) continue;
        const key = s.alias?.value ?? s.name.value;
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count === n + 1) {
          context.reportError(new QueryTooComplexError(`Field "${key}" is selected more than ${n} times.`, 'duplicatedFields'));
        }
      }
    },
  });
}

export const limitValidationRules = [
  maxDepthRule({ n: GRAPHQL_LIMITS.depth, flattenFragments: true, ...reject('depth') }),
  maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...reject('aliases') }),
  maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, ...reject('directives') }),
  maxDuplicatedFieldsRule(GRAPHQL_LIMITS.duplicatedFields),
];

const PAGE_SIZE_ARGS = ['first', 'days'] as const;

/** A list costs its page size times one item; objects cost 1, scalars nothing. */
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
  const size = PAGE_SIZE_ARGS.map((a) => args[a]).find((v): v is number => typeof v === 'number');
  if (size !== undefined) return own + Math.max(size, 0) * (own + childComplexity);
  // other lists (a connection's edges, a tier's entitlements) are short or bounded by their parent's page
  return own + childComplexity;
};

/** The cost of one operation as the limit counts it (exported for the limits test). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [pageSizeEstimator] });
}

/**
 * The cost limit needs the variables (`first: $first`), so it runs once the operation is
 * resolved rather than as a validation rule; still before execution.
 */
export const costLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        let cost: number;
        try {
          cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
        } catch (err) {
          // variables that do not coerce: execution refuses them with BAD_USER_INPUT before any resolver runs
          if (err instanceof GraphQLError) return;
          throw err;
        }
        if (cost > GRAPHQL_LIMITS.cost) {
          throw new QueryTooComplexError(`Query cost limit of ${GRAPHQL_LIMITS.cost} exceeded, found ${cost}.`, 'cost');
        }
      },
    };
  },
};
