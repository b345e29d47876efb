import { GraphQLError, Kind, parse, visit, type ASTNode, type DocumentNode } from 'graphql';

// Scalars (LocalDate, DateTimeISO, Decimal) refuse bad values before any resolver runs, so
// graphql-js reports them without the argument's name. These helpers recover the field
// the web app needs in extensions.field, from the operation text itself.

/** Argument/field path of a node inside the document: ancestors' Argument and ObjectField names, list indexes. */
function pathTo(doc: DocumentNode, match: (node: ASTNode, parent: unknown) => boolean): string[] | undefined {
  let found: string[] | undefined;
  visit(doc, {
    enter(node, _key, parent, _path, ancestors) {
      if (found || !match(node, parent)) return undefined;
      const names: string[] = [];
      // `ancestors` stops short of `parent`; arrays (lists of nodes) are left out.
      const chain = [...ancestors, parent, node].filter((a): a is ASTNode => !!a && !Array.isArray(a));
      chain.forEach((a, i) => {
        if (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) names.push(a.name.value);
        // A list item: its index is the key under the ListValue's `values`.
        const next = chain[i + 1];
        if (a.kind === Kind.LIST && next) names.push(String(a.values.indexOf(next as never)));
      });
      found = names;
      return false;
    },
  });
  return found;
}

function documentOf(error: GraphQLError): DocumentNode | undefined {
  if (!error.source) return undefined;
  try {
    return parse(error.source);
  } catch {
    return undefined;
  }
}

/**
 * For a literal refused by a scalar (`worklist(asOf: "0000-01-01")`): the path of the
 * value node the error points at, e.g. ["input", "followUpOn"].
 */
export function literalPath(error: GraphQLError): string[] | undefined {
  const at = error.nodes?.[0]?.loc?.start;
  const doc = documentOf(error);
  if (at === undefined || !doc) return undefined;
  return pathTo(doc, (n) => n.loc?.start === at && n.kind !== Kind.ARGUMENT && n.kind !== Kind.OBJECT_FIELD);
}

/**
 * For a variable refused during coercion (`Variable "$day" got invalid value … at "day.x"`):
 * the argument the variable is passed to, followed by the path inside the variable.
 */
export function variablePath(error: GraphQLError): string[] | undefined {
  const m = /^Variable "\$([^"]+)" got invalid value/.exec(error.message);
  if (!m?.[1]) return undefined;
  const name = m[1];
  const inner = /at "([^"]+)"/.exec(error.message)?.[1]?.replace(/\[(\d+)\]/g, '.$1').split('.').slice(1) ?? [];
  const doc = documentOf(error);
  const usedAt = doc && pathTo(doc, (n, parent) =>
    n.kind === Kind.VARIABLE && n.name.value === name && (parent as ASTNode | undefined)?.kind !== Kind.VARIABLE_DEFINITION);
  return [...(usedAt ?? [name]), ...inner];
}
