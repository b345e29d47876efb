import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import type { Config } from './config.js';
import { viewerForToken, SESSION_COOKIE } from './modules/auth/session.service.js';
import type { Viewer } from './modules/auth/viewer.js';
import { FEATURES } from './modules/index.js';
import { featureLoaders } from './shared/feature-module.js';
import { requestScope } from './shared/request-scope.js';
import { clientAccessLoader } from './modules/auth/access/client-access.js';
import { clientScopeOf } from './modules/auth/access/client-scope.js';

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
  viewer: Viewer | null;
  /** the raw session token, for sign-out */
  token: string | undefined;
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

export async function createContext(orm: MikroORM, config: Config, req: Request, res: Response): Promise<Context> {
  const em = orm.em.fork();
  const token = tokenFrom(req);
  const viewer = await viewerForToken(em, token);
  const requestId = requestScope.get()?.requestId ?? 'none';
  // safety net: a request that ends without Apollo's willSendResponse never keeps its connection
  res.on('close', () => {
    if (em.isInTransaction()) void em.rollback().catch(() => {});
  });
  return { requestId, em, viewer, token, loaders: buildLoaders(em, viewer), config, res, dbUrl: orm.config.get('clientUrl') ?? '' };
}
