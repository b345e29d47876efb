import { AsyncLocalStorage } from 'node:async_hooks';
import { logger } from '../logger.js';

interface RequestScope {
  requestId: string;
  /** SQL statements sent while serving this request (MikroORM's onQuery feeds it) */
  sqlStatements: number;
}

const store = new AsyncLocalStorage<RequestScope>();

/**
 * Per-request facts that code deep in a call chain needs without threading them through:
 * the request id for error logs, and the statement count that proves lists have no N+1.
 */
export const requestScope = {
  run<T>(requestId: string, fn: () => T): T {
    return store.run({ requestId, sqlStatements: 0 }, fn);
  },
  get(): RequestScope | undefined {
    return store.getStore();
  },
  countQuery(sql: string, params: readonly unknown[] = []): string {
    const s = store.getStore();
    if (s) s.sqlStatements += 1;
    // the statement text with its placeholders and how many values were bound: never the values
    if (logger.isLevelEnabled('debug')) logger.debug({ requestId: s?.requestId, sql: sql.slice(0, 500), params: params.length }, 'sql');
    return sql;
  },
};
