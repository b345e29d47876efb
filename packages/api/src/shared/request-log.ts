import type { ApolloServerPlugin } from '@apollo/server';
import { logger } from '../logger.js';
import { requestScope } from './request-scope.js';

/**
 * One line per GraphQL operation at debug level: its name, duration, statement count and
 * error codes. Never the variables or the query text (they carry personal data and
 * credentials): the request id is what finds a request in the logs.
 */
export const requestLogPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const started = Date.now();
    return {
      async willSendResponse({ operationName, response, errors }) {
        if (!logger.isLevelEnabled('debug')) return;
        const scope = requestScope.get();
        const codes = (errors ?? []).map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        logger.debug(
          {
            requestId: scope?.requestId,
            operationName: operationName ?? null,
            ms: Date.now() - started,
            sqlStatements: scope?.sqlStatements,
            status: response.http.status ?? 200,
            ...(codes.length ? { errorCodes: codes } : {}),
          },
          'graphql request',
        );
      },
    };
  },
};
