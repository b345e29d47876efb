import { Authorized } from 'type-graphql';
import type { Action } from './permissions.js';

/** Marks an operation anyone may call, signed in or not (sign-in itself, `me`). */
export const PUBLIC = 'PUBLIC';

/**
 * Declares the action a resolver method needs; the auth checker reads the role × action
 * table. Every query, mutation and field resolver carries `@Can` or `@Public`: one without
 * either fails at schema build (see assertEveryFieldHasARule).
 */
export const Can = (action: Action) => Authorized<string>(action);

/** Declares an operation public: it runs without a viewer. */
export const Public = () => Authorized<string>(PUBLIC);
