import { createContext, useContext, useEffect, useState } from 'react';
import { graphql, graphqlRequest } from './graphqlClient';

/**
 * What the server's schema offers, read once by introspection. Panels that depend on an API still
 * being built (coverage, network analysis, accounts) ask here and say "not available" when the field
 * is missing instead of failing with a GraphQL validation error.
 */
export interface SchemaCapabilities {
  /** `Query.coveragePreview`, `Mutation.login`, `Camera.coverage`… */
  has(typeName: string, fieldName: string): boolean;
  /** Arguments of a field, e.g. `has('BlackSpot', 'coverage') && args('BlackSpot','coverage').includes('cameras')`. */
  args(typeName: string, fieldName: string): readonly string[];
  /** Fields of a type (for building selections that only ask what exists). */
  fields(typeName: string): readonly string[];
  /** The named type a field returns (lists and non-null unwrapped). */
  typeOf(typeName: string, fieldName: string): string | undefined;
  /** The printed type of an argument, e.g. `CoveragePreviewInput!`, for declaring a variable. */
  argType(typeName: string, fieldName: string, argName: string): string | undefined;
  /** Fields of a type whose values are scalars or enums (selectable without a sub-selection). */
  scalarFields(typeName: string): readonly string[];
  loaded: boolean;
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}
interface IntrospectionType {
  name: string;
  kind?: string;
  fields: Array<{ name: string; args: Array<{ name: string; type?: TypeRef }>; type?: TypeRef }> | null;
}

function namedType(ref: TypeRef | undefined | null): { name: string; kind: string } | undefined {
  let current = ref;
  while (current && !current.name) current = current.ofType;
  return current?.name ? { name: current.name, kind: current.kind } : undefined;
}

export const CAPABILITIES_QUERY = graphql<{ __schema: { types: IntrospectionType[] } }>(`
  query VigieCapabilities { __schema { types { name kind fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
`);

function printType(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL' && ref.ofType) return `${printType(ref.ofType)}!`;
  if (ref.kind === 'LIST' && ref.ofType) return `[${printType(ref.ofType)}]`;
  return ref.name ?? 'String';
}

export function capabilitiesFrom(types: readonly IntrospectionType[]): SchemaCapabilities {
  const byType = new Map<string, Map<string, string[]>>();
  const returns = new Map<string, { name: string; kind: string }>();
  const argTypes = new Map<string, string>();
  for (const type of types) {
    if (!type.fields || type.name.startsWith('__')) continue;
    byType.set(type.name, new Map(type.fields.map((field) => [field.name, field.args.map((arg) => arg.name)])));
    for (const field of type.fields) {
      const named = namedType(field.type);
      if (named) returns.set(`${type.name}.${field.name}`, named);
      for (const arg of field.args) if (arg.type) argTypes.set(`${type.name}.${field.name}.${arg.name}`, printType(arg.type));
    }
  }
  return {
    loaded: true,
    argType: (typeName, fieldName, argName) => argTypes.get(`${typeName}.${fieldName}.${argName}`),
    typeOf: (typeName, fieldName) => returns.get(`${typeName}.${fieldName}`)?.name,
    scalarFields: (typeName) =>
      [...(byType.get(typeName)?.keys() ?? [])].filter((field) => {
        const kind = returns.get(`${typeName}.${field}`)?.kind;
        return kind === 'SCALAR' || kind === 'ENUM';
      }),
    has: (typeName, fieldName) => byType.get(typeName)?.has(fieldName) ?? false,
    args: (typeName, fieldName) => byType.get(typeName)?.get(fieldName) ?? [],
    fields: (typeName) => [...(byType.get(typeName)?.keys() ?? [])],
  };
}

export const NO_CAPABILITIES: SchemaCapabilities = { loaded: false, has: () => false, args: () => [], fields: () => [], typeOf: () => undefined, argType: () => undefined, scalarFields: () => [] };

export async function loadCapabilities(): Promise<SchemaCapabilities> {
  const data = await graphqlRequest(CAPABILITIES_QUERY, {}, { anonymous: true });
  return capabilitiesFrom(data.__schema.types);
}

export function useLoadedCapabilities(): { capabilities: SchemaCapabilities; error?: string } {
  const [state, setState] = useState<{ capabilities: SchemaCapabilities; error?: string }>({ capabilities: NO_CAPABILITIES });
  useEffect(() => {
    let live = true;
    loadCapabilities().then(
      (capabilities) => live && setState({ capabilities }),
      (error: unknown) => live && setState({ capabilities: { ...NO_CAPABILITIES, loaded: true }, error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

export const CapabilitiesContext = createContext<SchemaCapabilities>(NO_CAPABILITIES);
export const useCapabilities = () => useContext(CapabilitiesContext);
