import type { CombinedError } from 'urql';
import i18n, { type TFunction } from 'i18next';
import type { Messages } from '../app/locales/en';

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

/** The rules the API names in `extensions.reason`, each with a sentence in both locales. */
export type ErrorReason = keyof Messages['errors']['reasons'];
// known = has a sentence (the loaded locale has every key: zh-CN.ts is typed by en.ts)
const isKnown = (key: string) => i18n.exists(key);

/**
 * One GraphQL error, read from its extensions. There is deliberately no `message`: the
 * server's words are English, and a person sees only the translation of code/field/reason.
 */
export interface ApiError {
  code: string | undefined;
  field: string | undefined;
  reason: string | undefined;
  /** TOO_MANY_ATTEMPTS: seconds until the next attempt is accepted */
  retryAfterSeconds: number | undefined;
}

/** The GraphQL errors of a result, read from their extensions (components branch on code). */
export function apiErrors(error: CombinedError | undefined): ApiError[] {
  if (!error) return [];
  return error.graphQLErrors.map((e) => {
    const ext = (e.extensions ?? {}) as { code?: unknown; field?: unknown; reason?: unknown; retryAfterSeconds?: unknown };
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return {
      code: str(ext.code),
      field: str(ext.field),
      reason: str(ext.reason),
      retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    };
  });
}

export function hasCode(error: CombinedError | undefined, code: ErrorCode): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

export function hasReason(error: CombinedError | undefined, reason: ErrorReason): boolean {
  return apiErrors(error).some((e) => e.reason === reason);
}

/**
 * What to tell a person about one error, in their language: the sentence for the rule the
 * API named (extensions.reason), else the form's own sentence for the field, else one
 * sentence per code. Unknown codes read as the generic failure.
 */
export function errorText(t: TFunction, e: ApiError | undefined, fieldText?: (field: string) => string | undefined): string {
  if (e?.reason && isKnown(`errors.reasons.${e.reason}`)) return t(`errors.reasons.${e.reason as ErrorReason}`);
  const own = e?.field ? fieldText?.(e.field) : undefined;
  if (own) return own;
  const code = e?.code && isKnown(`errors.codes.${e.code}`) ? (e.code as keyof Messages['errors']['codes']) : 'INTERNAL_SERVER_ERROR';
  return t(`errors.codes.${code}`);
}

/** A whole failed operation in one sentence (for errors that belong to no field). */
export function failureText(t: TFunction, error: CombinedError | undefined): string {
  if (error?.networkError) return t('common.errorNetwork');
  return errorText(t, apiErrors(error)[0]);
}
