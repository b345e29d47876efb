/**
 * Result and variable types of the typed documents generated into @crm/schema. They are
 * read off the documents' phantom `__apiType` (the TypedDocumentNode contract), so the web
 * needs only the `graphql()` function from the package.
 */
type Decorated = { __apiType?: (variables: never) => unknown };

export type ResultOf<D extends Decorated> = D extends { __apiType?: (variables: never) => infer R } ? R : never;
export type VariablesOf<D extends Decorated> = D extends { __apiType?: (variables: infer V) => unknown } ? V : never;
