import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { GraphQLList, GraphQLNonNull, validate, type GraphQLOutputType } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { VigieError } from '../errors/vigie-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../crud/crud.service';

/** A list field without a `first` argument (e.g. a pole's cameras) is assumed to return this many. */
const ASSUMED_LIST_SIZE = 10;

const isList = (type: GraphQLOutputType): boolean =>
  type instanceof GraphQLNonNull ? isList(type.ofType) : type instanceof GraphQLList;

/**
 * Cost of a field: a connection (`first` argument) costs its children times the page size asked
 * (capped at MAX_PAGE_SIZE: a bigger `first` is refused by the list itself with BAD_USER_INPUT);
 * a plain list costs its children times ASSUMED_LIST_SIZE (a connection's `nodes` excepted); anything
 * else 1 + its children.
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

/**
 * Refuses, before anything runs, operations nested deeper than `maxDepth` (QUERY_TOO_DEEP) or
 * costing more than `maxComplexity` (QUERY_TOO_COMPLEX), with the variables of the request.
 */
export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depthErrors = validate(schema, document, [depthLimit(limits.maxDepth)]);
          if (depthErrors.length) {
            throw new VigieError('QUERY_TOO_DEEP', `The query is nested too deeply: at most ${limits.maxDepth} levels are allowed.`, {
              maxDepth: limits.maxDepth,
              http: { status: 400 },
            });
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (complexity > limits.maxComplexity) {
            throw new VigieError(
              'QUERY_TOO_COMPLEX',
              `The query asks for too much at once (cost ${complexity}, at most ${limits.maxComplexity}): ask for smaller pages or fewer nested lists.`,
              { complexity, maxComplexity: limits.maxComplexity, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
