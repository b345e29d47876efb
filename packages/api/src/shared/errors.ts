import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { logger } from '../logger.js';
import { requestScope } from './request-scope.js';
import { literalPath, variablePath } from './error-field.js';
import { QUERY_TOO_COMPLEX, QueryTooComplexError } from './graphql-limits.js';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS';

/**
 * An error the caller can act on. `field` names the input field at fault; `reason` names the
 * rule that failed (e.g. DATE_IN_FUTURE), so a client can say it in the person's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly reason?: string,
    /** further facts for the caller, e.g. retryAfterSeconds */
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string, reason?: string) => new DomainError('BAD_USER_INPUT', message, field, reason);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You do not have permission to do this') => new DomainError('FORBIDDEN', message);
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Please sign in');
export const conflict = (message: string, reason?: string) => new DomainError('CONFLICT', message, undefined, reason);

function firstViolation(errors: ValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const message = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (message) return { field: path, message };
    const nested = firstViolation(e.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}

/** GraphQL's own variable-coercion message names the path: `… at "input.channel"; …`. */
function fieldFromCoercionMessage(message: string): string | undefined {
  const m = /at "([^"]+)"/.exec(message);
  if (!m?.[1]) return undefined;
  const parts = m[1].split('.');
  return parts.length > 1 ? parts.slice(1).join('.') : parts[0];
}

/** The field name errors report: the path from the argument, `input.` dropped (forms know their fields by name). */
export const inputField = (path: readonly (string | number)[]): string => (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');

/**
 * Maps every error leaving the API to a stable shape: extensions.code always set,
 * extensions.field for input errors. Unknown errors are masked and logged with the
 * request id, so internals (SQL, stack traces, personal data) never reach the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const requestId = requestScope.get()?.requestId;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;

  if (original instanceof DomainError) {
    return {
      ...formatted,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.reason ? { reason: original.reason } : {}),
        ...original.details,
      },
    };
  }
  if (original instanceof QueryTooComplexError) {
    return { message: original.message, extensions: { code: QUERY_TOO_COMPLEX, limit: original.extensions.limit } };
  }
  if (original instanceof ArgumentValidationError) {
    const v = firstViolation(original.extensions.validationErrors as unknown as ValidationError[]);
    const field = v?.field.replace(/^input\./, '');
    return {
      ...formatted,
      message: v?.message ?? 'Invalid input',
      extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  const gqlError = error instanceof GraphQLError ? error : undefined;
  if (code === 'BAD_USER_INPUT') {
    const path = gqlError && variablePath(gqlError);
    const field = path ? inputField(path) : fieldFromCoercionMessage(formatted.message);
    return { ...formatted, extensions: { code, ...(field ? { field } : {}) } };
  }
  // graphql-js aborts parsing past parseOptions.maxTokens: the same refusal as the other limits
  // (graphql 16 words it "more that N tokens")
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? /Document contains more tha[nt] (\d+) tokens/.exec(formatted.message) : null;
  if (tokens) {
    return { message: `Token limit of ${tokens[1]} exceeded.`, extensions: { code: QUERY_TOO_COMPLEX, limit: 'tokens' } };
  }
  // A literal a scalar refused (`worklist(asOf: "0000-01-01")`): graphql-js reports it as a
  // validation failure, yet it is the caller's value that is wrong, like the same value in a variable.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && gqlError?.originalError && !(gqlError.originalError instanceof GraphQLError)) {
    const path = literalPath(gqlError);
    const field = path?.length ? inputField(path) : undefined;
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'BAD_REQUEST' || code === 'OPERATION_RESOLUTION_FAILURE') {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  logger.error({ err: original, requestId }, 'unhandled error in GraphQL request');
  return {
    message: `Internal error${requestId ? ` (request ${requestId})` : ''}`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}
