import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import {
  getVariableValues, GraphQLError, GraphQLList, GraphQLNonNull, NoSchemaIntrospectionCustomRule, specifiedRules, validate,
  type DocumentNode, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { VigieError } from '../errors/vigie-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../crud/crud.service';
import { measureOperation, type OperationShape } from './query-shape';
import { refuseNulCharacters } from './nul-characters';

/** A list field without a `first` argument (e.g. a pole's cameras) is assumed to return this many. */
const ASSUMED_LIST_SIZE = 10;

export interface QueryLimits {
  /** Level of the deepest field (root fields are level 0). */
  maxDepth: number;
  /** Cost (query-costs.ts) of one operation. */
  maxComplexity: number;
  /** Fields on the root type, aliases included. */
  maxRootFields: number;
  /** Aliased fields anywhere, fragments expanded. */
  maxAliases: number;
  /** Fields anywhere, fragments expanded. */
  maxSelections: number;
}

/**
 * The defaults: the map's heaviest query (a page of cameras with everything it shows) is 1 root field,
 * about 30 selections and 3 levels; GraphiQL's introspection query about 200 selections.
 */
export const DEFAULT_SHAPE_LIMITS = { maxRootFields: 20, maxAliases: 50, maxSelections: 2_000 } as const;

/**
 * graphql-js stops parsing a document past this many tokens (QUERY_TOO_LARGE; about 50 ms of parsing):
 * the heaviest query of the map is about 100 tokens, introspection about 300; large values belong in
 * variables. Well below it, the shape limits refuse with their own words (10,000 aliases: 70,000 tokens).
 */
export const MAX_QUERY_TOKENS = 100_000;

const isList = (type: GraphQLOutputType): boolean =>
  type instanceof GraphQLNonNull ? isList(type.ofType) : type instanceof GraphQLList;

/**
 * Cost of a field: a connection (`first` argument) costs its children times the page size asked
 * (capped at MAX_PAGE_SIZE: a bigger `first` is refused by the list itself with BAD_USER_INPUT);
 * a plain list costs its children times ASSUMED_LIST_SIZE (a connection's `nodes` excepted); anything
 * else 1 + its children. Analyses declare their own cost (query-costs.ts), read first.
 */
const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A connection's `nodes` are the page already counted by its `first`.
  if (type.name.endsWith('Connection')) return undefined;
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.max(1, Math.min(Math.max(first, 0), MAX_PAGE_SIZE)) * Math.max(childComplexity, 1);
  }
  if (isList(field.type) && childComplexity > 0) return 1 + ASSUMED_LIST_SIZE * childComplexity;
  return undefined;
};

const refusal = (code: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX', message: string, details: Record<string, unknown>) =>
  new VigieError(code, message, { ...details, http: { status: 400 } });

/** The shape limits, checked on the parsed document before validation (whose rules would expand every fragment). */
export function checkOperationShape(document: DocumentNode, operationName: string | null | undefined, limits: QueryLimits): void {
  let shape: OperationShape | null;
  try {
    shape = measureOperation(document, operationName);
  } catch {
    // Too deep for the call stack: a limit that cannot be computed refuses.
    throw refusal('QUERY_TOO_DEEP', `The query is nested too deeply: at most ${limits.maxDepth} levels are allowed.`, { maxDepth: limits.maxDepth });
  }
  if (!shape) return; // No such operation: execution says so.
  if (shape.rootFields > limits.maxRootFields) {
    throw refusal(
      'QUERY_TOO_COMPLEX',
      `The operation asks for ${shape.rootFields} top-level fields; at most ${limits.maxRootFields} are allowed in one request: send several requests.`,
      { rootFields: shape.rootFields, maxRootFields: limits.maxRootFields },
    );
  }
  if (shape.aliases > limits.maxAliases) {
    throw refusal(
      'QUERY_TOO_COMPLEX',
      `The operation uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed in one request.`,
      { aliases: shape.aliases, maxAliases: limits.maxAliases },
    );
  }
  if (shape.depth > limits.maxDepth) {
    throw refusal('QUERY_TOO_DEEP', `The query is nested too deeply: at most ${limits.maxDepth} levels are allowed.`, {
      depth: shape.depth,
      maxDepth: limits.maxDepth,
    });
  }
  if (shape.selections > limits.maxSelections) {
    throw refusal(
      'QUERY_TOO_COMPLEX',
      `The operation selects ${shape.selections} fields once its fragments are expanded; at most ${limits.maxSelections} are allowed.`,
      { selections: shape.selections, maxSelections: limits.maxSelections },
    );
  }
}

/**
 * The cost of the operation with the request's variables. Fails closed: variables that do not fit
 * their types are refused here with BAD_USER_INPUT (as execution would), and a cost that cannot be
 * computed for any other reason is refused with QUERY_TOO_COMPLEX instead of running unchecked.
 */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { variables?: Record<string, unknown> | null; operationName?: string | null },
  operation: { variableDefinitions?: readonly unknown[] } | undefined,
  limits: QueryLimits,
): void {
  const variables = request.variables ?? {};
  if (operation?.variableDefinitions?.length) {
    const coerced = getVariableValues(schema, operation.variableDefinitions as never, variables);
    const [first] = coerced.errors ?? [];
    // Its own code when a scalar gave one (INVALID_GEOMETRY), else BAD_USER_INPUT; 400 either way.
    if (first) throw new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT', ...first.extensions, http: { status: 400 } } });
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      variables,
      operationName: request.operationName ?? undefined,
      estimators: [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
      // The shape check has bounded the selections already; this is a second fence.
      maxQueryNodes: limits.maxSelections * 2 + 10,
    });
  } catch (error) {
    throw refusal(
      'QUERY_TOO_COMPLEX',
      `The cost of this query could not be computed (${error instanceof Error ? error.message : String(error)}); it is refused rather than run unchecked.`,
      { maxComplexity: limits.maxComplexity },
    );
  }
  if (!Number.isFinite(complexity) || complexity > limits.maxComplexity) {
    throw refusal(
      'QUERY_TOO_COMPLEX',
      `The query asks for too much at once (cost ${complexity}, at most ${limits.maxComplexity}): ask for smaller pages, fewer nested lists or fewer analyses per request.`,
      { complexity, maxComplexity: limits.maxComplexity },
    );
  }
}

/**
 * The gate every operation passes, in this order, before anything runs:
 * 1. its shape on the parsed document (root fields, aliases, selections with fragments expanded, depth):
 *    cheap, and before validation, whose rules expand every fragment spread (100,000 spreads of one
 *    fragment kept the server busy for 30 s);
 * 2. GraphQL validation (graphql-js's rules, and no introspection when it is off), once per document:
 *    Apollo's own validation is turned off (`dangerouslyDisableValidation`) because it runs before any
 *    hook that may refuse a request (an error thrown from validationDidStart becomes a 500);
 * 3. NUL characters in strings (nul-characters.ts);
 * 4. its cost with the request's variables, failing closed.
 */
export function queryLimitsPlugin(limits: QueryLimits, options: { introspection: boolean }): ApolloServerPlugin {
  const rules = options.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  // Apollo keeps parsed documents by query hash and hands the same object back: validate each once,
  // and check the shape of each of its operations once (the operation names that passed, at most one
  // entry per definition so that made-up names cannot grow it).
  const validated = new WeakSet<DocumentNode>();
  const shapeChecked = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const checked = shapeChecked.get(document) ?? new Set<string>();
          if (!checked.has(request.operationName ?? '')) {
            checkOperationShape(document, request.operationName, limits);
            if (checked.size <= document.definitions.length) shapeChecked.set(document, checked.add(request.operationName ?? ''));
          }
          if (!validated.has(document)) {
            const [error] = validate(schema, document, rules);
            if (error) {
              throw new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
              });
            }
            validated.add(document);
          }
          refuseNulCharacters(request.variables, document);
          checkOperationCost(schema, document, request, operation, limits);
        },
      };
    },
  };
}
