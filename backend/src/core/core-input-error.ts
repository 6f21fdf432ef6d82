/**
 * A value the core cannot compute with: a NaN or infinite number where a measure is expected. The
 * core refuses it rather than answer (a NaN heading used to give empty regions, silently). Plain
 * Error (the core has no GraphQL): the API's error formatter turns it into BAD_USER_INPUT.
 */
export class CoreInputError extends Error {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    /** What was wrong, in the vocabulary's words (e.g. "camera camera-1 headingDegrees"). */
    readonly field: string,
    readonly value: unknown,
  ) {
    super(`${field} must be a finite number (got ${String(value)}).`);
    this.name = 'CoreInputError';
  }
}

/** The value, if it is a finite number; else a CoreInputError naming the field. */
export function requireFinite(value: number, field: string): number {
  if (!Number.isFinite(value)) throw new CoreInputError(field, value);
  return value;
}
