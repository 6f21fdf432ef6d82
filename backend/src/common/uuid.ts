import { isUUID } from 'class-validator';

/**
 * Whether a string is a uuid as PostgreSQL's uuid type reads it (hex digits 8-4-4-4-12, any version),
 * checked before an id reaches a `uuid` parameter: a malformed one would be a database error, not
 * NOT_FOUND. The one copy of this rule for ids that arrive outside validated inputs.
 */
export function isUuid(value: string): boolean {
  return isUUID(value, 'loose');
}
