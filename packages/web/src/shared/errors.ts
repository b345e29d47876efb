import type { CombinedError } from 'urql';

/** The codes the API puts in every error's `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

export interface ApiError {
  code: string | undefined;
  field: string | undefined;
  /** the rule that failed, when one code covers several (CONFLICT: IDEMPOTENCY_KEY_REUSED …) */
  reason: string | undefined;
  message: string;
}

/** The GraphQL errors of a result, read from their extensions (components branch on code). */
export function apiErrors(error: CombinedError | undefined): ApiError[] {
  if (!error) return [];
  return error.graphQLErrors.map((e) => {
    const ext = (e.extensions ?? {}) as { code?: unknown; field?: unknown; reason?: unknown };
    return {
      code: typeof ext.code === 'string' ? ext.code : undefined,
      field: typeof ext.field === 'string' ? ext.field : undefined,
      reason: typeof ext.reason === 'string' ? ext.reason : undefined,
      message: e.message,
    };
  });
}

export function hasCode(error: CombinedError | undefined, code: ErrorCode): boolean {
  return apiErrors(error).some((e) => e.code === code);
}
