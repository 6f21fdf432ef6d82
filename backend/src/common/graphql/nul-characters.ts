import { BREAK, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { badInput } from '../errors/vigie-errors';

const NUL = '\u0000';

/** The path (`input.name`, `ids[2]`) of the first string holding a NUL character in a variable value, if any. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findNul(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Where a string literal sits: `argument "filter" of field "cameras"`, or a variable's default value. */
function describeLiteral(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  let field: string | null = null;
  let argument: string | null = null;
  const objectFields: string[] = [];
  for (const ancestor of ancestors) {
    if (Array.isArray(ancestor)) continue;
    const node = ancestor as ASTNode;
    if (node.kind === Kind.FIELD) field = node.name.value;
    else if (node.kind === Kind.ARGUMENT) argument = node.name.value;
    else if (node.kind === Kind.OBJECT_FIELD) objectFields.push(node.name.value);
    else if (node.kind === Kind.VARIABLE_DEFINITION) return `the default value of variable "$${node.variable.name.value}"`;
  }
  const name = [argument ?? '?', ...objectFields].join('.');
  return field ? `argument "${name}" of field "${field}"` : `argument "${name}"`;
}

/** A NUL character in any string literal of the document: where it is, or null. */
function findNulLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!node.value.includes(NUL)) return undefined;
      found = describeLiteral([...ancestors, ...(parent ? [parent] : [])]);
      return BREAK;
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold a NUL character (U+0000): a name, code or search filter holding one
 * reached the database and failed there with an internal error. Refused at the edge, for every request
 * and every string (variables, literals, nested inputs, ids), with BAD_USER_INPUT naming the value.
 */
export function refuseNulCharacters(variables: Record<string, unknown> | null | undefined, document: DocumentNode): void {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const path = findNul(value, `$${name}`);
    if (path) throw badInput(`Variable ${path} contains a NUL character (\\u0000), which text cannot hold.`, { variable: path, http: { status: 400 } });
  }
  const literal = findNulLiteral(document);
  if (literal) throw badInput(`The string in ${literal} contains a NUL character (\\u0000), which text cannot hold.`, { http: { status: 400 } });
}
