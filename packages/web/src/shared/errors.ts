import type { CombinedError } from 'urql';

/** The codes the API puts in every error's `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

export interface ApiError {
  code: string | undefined;
  field: string | undefined;
  /** TOO_MANY_ATTEMPTS: seconds until the next attempt is accepted */
  retryAfterSeconds: number | undefined;
  message: string;
}

/** The GraphQL errors of a result, read from their extensions (components branch on code). */
export function apiErrors(error: CombinedError | undefined): ApiError[] {
  if (!error) return [];
  return error.graphQLErrors.map((e) => {
    const ext = (e.extensions ?? {}) as { code?: unknown; field?: unknown; retryAfterSeconds?: unknown };
    return {
      code: typeof ext.code === 'string' ? ext.code : undefined,
      field: typeof ext.field === 'string' ? ext.field : undefined,
      retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
      message: e.message,
    };
  });
}

export function hasCode(error: CombinedError | undefined, code: ErrorCode): boolean {
  return apiErrors(error).some((e) => e.code === code);
}
