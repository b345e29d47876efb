import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import type { Config } from './config.js';
import { SESSION_COOKIE } from './modules/auth/session.service.js';
import type { Viewer } from './modules/auth/viewer.js';
import { FEATURES } from './modules/index.js';
import { featureLoaders } from './shared/feature-module.js';
import { requestScope } from './shared/request-scope.js';
import { clientAccessLoader } from './modules/auth/access/client-access.js';
import { clientScopeOf } from './modules/auth/access/client-scope.js';
import { beginActingTransactionForToken } from './modules/auth/access/acting-transaction.js';

/** Every feature's loaders for one request (collected from modules/index.ts), plus the access check they share. */
export function buildLoaders(em: EntityManager, viewer: Viewer | null) {
  // every loader of client data checks its ids against this first (deny by default)
  const clientAccess = clientAccessLoader(em, clientScopeOf(viewer));
  return { clientAccess, ...featureLoaders(FEATURES, em, clientAccess) };
}

export type Loaders = ReturnType<typeof buildLoaders>;

/** Everything a resolver may use; built once per request. */
export interface Context {
  requestId: string;
  /** forked per request: its identity map never outlives the request */
  em: EntityManager;
  /**
   * Null until execution starts; then set by the statement that opens the acting transaction
   * (actAsViewer): a document refused before execution never looks the session up.
   */
  viewer: Viewer | null;
  /** the raw session token, for sign-out */
  token: string | undefined;
  /** built for the viewer when execution starts (actAsViewer); before that, any use throws */
  loaders: Loaders;
  /** the database URL, for jobs that run on a connection of their own (tier reviews) */
  dbUrl: string;
  config: Config;
  res: Response;
}

export function tokenFrom(req: Request): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || undefined;
  const cookies = req.headers.cookie ? parseCookie(req.headers.cookie) : {};
  return cookies[SESSION_COOKIE] || undefined;
}

// Apollo copies the context object (own properties) per request, so this stands in as a value
// and throws only when a loader is asked for.
const LOADERS_BEFORE_EXECUTION = new Proxy({}, {
  get() {
    throw new Error('loaders asked for before the viewer was known (before execution started)');
  },
}) as Loaders;

/**
 * Opens the request's acting transaction and fills in what depends on the viewer: called once,
 * when execution starts (server.ts). The session is looked up by the same statement that acts
 * as its viewer.
 */
export async function actAsViewer(ctx: Context): Promise<void> {
  ctx.viewer = await beginActingTransactionForToken(ctx.em, ctx.token);
  ctx.loaders = buildLoaders(ctx.em, ctx.viewer);
}

export async function createContext(orm: MikroORM, config: Config, req: Request, res: Response): Promise<Context> {
  const em = orm.em.fork();
  const token = tokenFrom(req);
  const requestId = requestScope.get()?.requestId ?? 'none';
  // safety net: a request that ends without Apollo's willSendResponse never keeps its connection
  res.on('close', () => {
    if (em.isInTransaction()) void em.rollback().catch(() => {});
  });
  return {
    requestId, em, viewer: null, token, loaders: LOADERS_BEFORE_EXECUTION, config, res,
    dbUrl: orm.config.get('clientUrl') ?? '',
  };
}
