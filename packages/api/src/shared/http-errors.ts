import type { ErrorRequestHandler, RequestHandler } from 'express';
import { logger } from '../logger.js';
import { requestScope } from './request-scope.js';

/** A body in GraphQL's error format: what every answer from /graphql looks like, even before GraphQL runs. */
export function graphqlErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

// body-parser's error types (https://github.com/expressjs/body-parser#errors)
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON (a JSON object is expected).' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  'encoding.unsupported': { status: 415, code: 'BAD_REQUEST', message: 'Unsupported content encoding.' },
  'charset.unsupported': { status: 415, code: 'BAD_REQUEST', message: 'Unsupported charset.' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'The request was aborted.' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'The request body size does not match its Content-Length.' },
};

/** Answers errors raised before GraphQL (body parsing) as JSON, never Express's HTML page with a stack. */
export const graphqlHttpErrorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  const type = typeof err === 'object' && err && 'type' in err ? String(err.type) : '';
  const known = BODY_ERRORS[type];
  if (known) {
    res.status(known.status).json(graphqlErrorBody(known.message, known.code));
    return;
  }
  const requestId = requestScope.get()?.requestId ?? (res.getHeader('x-request-id') as string | undefined);
  logger.error({ err, requestId }, 'unhandled error in the HTTP layer of /graphql');
  res.status(500).json({ errors: [{ message: `Internal error${requestId ? ` (request ${requestId})` : ''}`, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) } }] });
};

/** Anything under /graphql that is not /graphql itself. */
export const graphqlNotFound: RequestHandler = (_req, res) => {
  res.status(404).json(graphqlErrorBody('Not found: the GraphQL endpoint is /graphql.', 'NOT_FOUND'));
};

/** /graphql answers GET and POST only (OPTIONS is the CORS preflight, handled by the browser). */
export const graphqlMethodNotAllowed: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'POST' || req.method === 'HEAD') return next();
  res.status(405).setHeader('allow', 'GET, POST').json(graphqlErrorBody(`Method ${req.method} is not allowed on /graphql; use POST (or GET for queries).`, 'METHOD_NOT_ALLOWED'));
};
