import { Extensions } from 'type-graphql';
import type { Action } from './permissions.js';

/** Marks an operation anyone may call, signed in or not (sign-in itself, `me`). */
export const PUBLIC = 'PUBLIC';

/**
 * Where a field's rule travels into the built schema: `field.extensions[ACCESS_RULE]`, read once
 * at schema build by applyAccessRules (field-guard.ts), and from type-graphql's metadata by
 * assertEveryFieldHasARule and the matrix. type-graphql's own `@Authorized` is not used: the
 * schema is built without an authChecker, so type-graphql refuses to build one that has it.
 */
export const ACCESS_RULE = 'crmAccessRule';

type MethodDecorator = (prototype: object, propertyKey: string, descriptor?: PropertyDescriptor) => void;

const rule = (value: string): MethodDecorator => (prototype, key, descriptor) =>
  Extensions({ [ACCESS_RULE]: value })(prototype, key, descriptor as PropertyDescriptor);

/**
 * Declares the action a resolver method needs; the guard built at schema build reads the role ×
 * action table. Every query, mutation and field resolver carries `@Can` or `@Public`: one without
 * either fails at schema build (see assertEveryFieldHasARule).
 */
export const Can = (action: Action) => rule(action);

/** Declares an operation public: it runs without a viewer. */
export const Public = () => rule(PUBLIC);
