import type { GraphQLFormattedError } from 'graphql';
import { CoreInputError } from '../../core/core-input-error';
import { ERROR_CODES } from './vigie-errors';

const KNOWN_CODES = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * What leaves the server: coded refusals as they are; anything unexpected as INTERNAL_SERVER_ERROR
 * with a generic message (the details go to the log, never to the client).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  // The pure core refuses values it cannot compute with (NaN, infinite): the user's input was bad.
  if (original instanceof CoreInputError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: original.field } };
  }
  console.error('Unexpected error in a GraphQL request:', original);
  return {
    message: 'Vigie could not complete this request because of an internal error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
