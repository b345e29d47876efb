import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum from a `const` tuple of values (the entities keep their
 * enumerations as string unions that match the database CHECK constraints).
 */
export function graphqlEnum<const T extends readonly string[]>(values: T, name: string, description?: string) {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  registerEnumType(obj, { name, description });
  return obj;
}
