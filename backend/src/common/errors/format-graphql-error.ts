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

/** graphql-js's words when the parser stops at `maxTokens`. */
const TOO_MANY_TOKENS = /Document contains more \w+ (\d+) tokens/;
/** "Did you mean ...?" hints name fields, arguments and enum values of the schema. */
const SUGGESTION = / ?Did you mean .+\?$/;
/** PostgreSQL's query_canceled: a statement stopped by statement_timeout. */
const STATEMENT_TIMEOUT = '57014';

/**
 * What leaves the server: coded refusals as they are; anything unexpected as INTERNAL_SERVER_ERROR
 * with a generic message (the details go to the log, never to the client). In production, where
 * introspection is off, messages never suggest names of the schema (Apollo's
 * hideSchemaDetailsFromClientErrors does it for validation errors; this also covers variable values).
 */
export function graphQLErrorFormatter(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shown = formatGraphQLError(formatted, error);
    return options.production ? { ...shown, message: shown.message.replace(SUGGESTION, '') } : shown;
  };
}

function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOO_MANY_TOKENS.exec(formatted.message) : null;
  if (tokens) {
    return {
      message: `The query document is too large: more than ${tokens[1]} tokens. Send large values (geometries, lists) as variables, or split the request.`,
      extensions: { code: 'QUERY_TOO_LARGE', maxTokens: Number(tokens[1]) },
    };
  }
  if (code && KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  // The pure core refuses values it cannot compute with (NaN, infinite): the user's input was bad.
  if (original instanceof CoreInputError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: original.field } };
  }
  if ((original as { driverError?: { code?: string } })?.driverError?.code === STATEMENT_TIMEOUT) {
    return {
      message: 'A database statement of this request took longer than the server allows and was cancelled; nothing it was writing was kept. Ask for less at once.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'REQUEST_TIMEOUT' },
    };
  }
  console.error('Unexpected error in a GraphQL request:', original);
  return {
    message: 'Vigie could not complete this request because of an internal error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
