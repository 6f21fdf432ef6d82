import { GraphQLError } from 'graphql';

/**
 * The one error convention: every refusal is a GraphQLError whose `extensions.code` says what kind
 * of refusal it is, and whose message says, in words a user understands, what was wrong.
 */
export const ERROR_CODES = [
  'INVALID_GEOMETRY',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'STALE_VERSION',
  'IN_USE',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_ATTEMPTS',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_LARGE',
  'REQUEST_TIMEOUT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class VigieError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const invalidGeometry = (message: string, details: Record<string, unknown> = {}) =>
  new VigieError('INVALID_GEOMETRY', message, details);

export const badInput = (message: string, details: Record<string, unknown> = {}) =>
  new VigieError('BAD_USER_INPUT', message, details);

export const notFound = (typeName: string, id: string) =>
  new VigieError('NOT_FOUND', `No ${typeName} with id "${id}" exists.`, { typeName, id });

export const staleVersion = (typeName: string, id: string, currentVersion: number, sentVersion: number) =>
  new VigieError(
    'STALE_VERSION',
    `This ${typeName} was changed by someone else (now version ${currentVersion}, you edited version ${sentVersion}). Reload it and retry.`,
    { typeName, id, currentVersion, sentVersion },
  );

export const inUse = (typeName: string, id: string, usedBy: Record<string, number>) =>
  new VigieError(
    'IN_USE',
    `This ${typeName} cannot be deleted while it is referenced by ${Object.entries(usedBy)
      .map(([what, count]) => `${count} ${what}`)
      .join(', ')}.`,
    { typeName, id, usedBy },
  );

/** No, invalid, expired or forged credentials; the same words whatever the reason, so nothing leaks. */
export const unauthenticated = (message = 'Sign in to continue: the credentials are missing, invalid or expired.') =>
  new VigieError('UNAUTHENTICATED', message);

export const forbidden = (message: string, details: Record<string, unknown> = {}) => new VigieError('FORBIDDEN', message, details);
