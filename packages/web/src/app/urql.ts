import { Client, cacheExchange, fetchExchange, getOperationName, mapExchange } from 'urql';
import { hasCode } from '../shared/errors';

export const SIGN_IN_PATH = '/sign-in';

/** Where to go after signing in again: the page the session expired on. */
export function signInUrl(next = window.location.pathname + window.location.search): string {
  return next && next !== '/' && !next.startsWith(SIGN_IN_PATH) ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}

/**
 * The one urql client. Authentication is the httpOnly `crm_session` cookie, sent because
 * the API and the app share an origin; the app never sees or stores a token.
 *
 * Only UNAUTHENTICATED (missing or expired session) sends the person to sign in. FORBIDDEN
 * and NOT_FOUND are answers about one thing and are shown where they happen. The signIn
 * mutation itself answers UNAUTHENTICATED for wrong credentials; the sign-in page shows that.
 * A full page load (not a router navigation) drops everything cached for the old session.
 */
export const urqlClient = new Client({
  url: '/graphql',
  fetchOptions: { credentials: 'same-origin' },
  // POST always: the API's CSRF protection refuses simple GETs, and search terms (client
  // names, account numbers) should not end up in URLs and access logs
  preferGetMethod: false,
  exchanges: [
    cacheExchange,
    mapExchange({
      onError(error, operation) {
        if (!hasCode(error, 'UNAUTHENTICATED')) return;
        if (getOperationName(operation.query) === 'SignIn') return;
        if (window.location.pathname === SIGN_IN_PATH) return;
        window.location.assign(signInUrl());
      },
    }),
    fetchExchange,
  ],
});
