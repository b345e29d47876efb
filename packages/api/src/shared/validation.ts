import {
  getNullableType, isInputObjectType, isListType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { validate, type ValidationError, type ValidatorOptions } from 'class-validator';
import type { ResolverData } from 'type-graphql';
import { badInput, inputField } from './errors.js';
import { isUuid } from './ids.js';
import { MULTI_LINE, textProblem } from './text.js';

// Every argument of every resolver passes here (type-graphql's global validateFn), so a
// new input field cannot forget these rules:
//  1. Schema-driven, on the coerced GraphQL values: every String at every depth is checked
//     as free text (text.ts); every ID inside an input object must be a uuid (a top-level
//     `id` argument names the thing to read, and a malformed one answers NOT_FOUND in the
//     service, like any id outside the viewer's scope).
//  2. class-validator on the argument instance and on every nested input instance, at any
//     depth, without needing @ValidateNested (forgetting it let ClientFilter through).

const fieldPath = inputField;

function checkValue(type: GraphQLInputType, value: unknown, path: (string | number)[], inInput: boolean, multiLine: boolean): void {
  if (value === null || value === undefined) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(t.ofType, item, [...path, i], inInput, multiLine));
    return;
  }
  if (isInputObjectType(t)) {
    for (const f of Object.values(t.getFields())) {
      const v = (value as Record<string, unknown>)[f.name];
      checkValue(f.type, v, [...path, f.name], true, f.extensions?.[MULTI_LINE] === true);
    }
    return;
  }
  if (!isScalarType(t) || typeof value !== 'string') return;
  if (t.name === 'ID') {
    if (inInput && !isUuid(value)) throw badInput(fieldPath(path), 'Must be a valid id');
    return;
  }
  const problem = textProblem(value, multiLine);
  if (problem) throw badInput(fieldPath(path), problem);
}

/** Rule 1 over all arguments of the field being resolved. */
export function checkArguments(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  for (const arg of field.args) {
    checkValue(arg.type, args[arg.name], [arg.name], false, arg.extensions?.[MULTI_LINE] === true);
  }
}

// Same defaults type-graphql applies to its own class-validator call.
const VALIDATOR_OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

function firstViolation(errors: ValidationError[], prefix: (string | number)[]): { field: string; message: string } | undefined {
  for (const e of errors) {
    const path = [...prefix, e.property];
    const message = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (message) return { field: fieldPath(path), message };
    const nested = firstViolation(e.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}

const isInstance = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && Object.getPrototypeOf(v) !== Object.prototype;

/** Rule 2: class-validator on `value` and every class instance it holds, depth first. */
async function validateDeep(value: unknown, path: (string | number)[]): Promise<void> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) await validateDeep(item, [...path, i]);
    return;
  }
  if (!isInstance(value)) return;
  const v = firstViolation(await validate(value, VALIDATOR_OPTIONS), path);
  if (v) throw badInput(v.field, v.message);
  for (const [key, child] of Object.entries(value)) await validateDeep(child, [...path, key]);
}

/** type-graphql's `validateFn`: called once per argument parameter of a resolver. */
export async function validateArguments(argValue: unknown, _argType: unknown, { info, args }: ResolverData): Promise<void> {
  const field = info.parentType.getFields()[info.fieldName];
  if (field) checkArguments(field, args);
  await validateDeep(argValue, []);
}
