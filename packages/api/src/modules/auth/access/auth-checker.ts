import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../../context.js';
import { ACTIONS, authorize, type Action } from './permissions.js';
import { PUBLIC } from './decorators.js';

/**
 * type-graphql calls this for every field that declares `@Can(action)` / `@Public()`.
 * A field with a bare `@Authorized()` or an unknown action is refused (deny by default).
 */
export const authChecker: AuthChecker<Context, string> = ({ context }, rules) => {
  if (rules.length === 1 && rules[0] === PUBLIC) return true;
  const action = rules[0];
  if (rules.length !== 1 || !(ACTIONS as readonly string[]).includes(action!)) {
    throw new Error(`A field must declare exactly one known action, got ${JSON.stringify(rules)}`);
  }
  authorize(context.viewer, action as Action);
  return true;
};
