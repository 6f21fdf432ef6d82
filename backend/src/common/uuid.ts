import { isUUID } from 'class-validator';

/**
 * Whether a string is a uuid as PostgreSQL's uuid type reads it, checked before an id reaches a
 * `uuid` parameter (a malformed one would be a database error, not NOT_FOUND). The same rule as the
 * inputs' @IsUUID('all').
 */
export function isUuid(value: string): boolean {
  return isUUID(value, 'all');
}
