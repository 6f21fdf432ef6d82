import { Catch, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from './vigie-errors';

const REFUSAL_CODES = new Set<string>(ERROR_CODES);

/**
 * Coded refusals (a stale version, an invalid polygon, a wrong role) are answers, not faults: Nest's
 * default handler logs every thrown error at error level with its stack, which buried real faults
 * under expected refusals. They go back to Apollo untouched and are logged at debug level; anything
 * else keeps Nest's handling (and `formatGraphQLError` hides its details from the client).
 */
@Catch(GraphQLError)
export class CodedRefusalFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Refusal');

  catch(exception: GraphQLError): GraphQLError {
    const code = exception.extensions?.code;
    if (typeof code === 'string' && REFUSAL_CODES.has(code)) this.logger.debug(`${code}: ${exception.message}`);
    else this.logger.warn(`${String(code ?? 'uncoded')}: ${exception.message}`);
    // Returned, not thrown: graphql-js turns a resolver's Error result into a field error.
    return exception;
  }
}
