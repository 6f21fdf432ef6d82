import { ValidationPipe, type Type } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { badInput } from './errors/vigie-errors';

/**
 * Validates GraphQL inputs with their class-validator rules; a refusal is BAD_USER_INPUT naming every
 * field at fault. `expectedType` is for generic resolvers, whose parameter types the decorator
 * metadata cannot tell.
 */
export function inputValidationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    expectedType,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => badInput(describeValidationErrors(errors), { fields: errors.map((error) => error.property) }),
  });
}

function describeValidationErrors(errors: ValidationError[], prefix = ''): string {
  return errors
    .flatMap((error) => {
      const path = `${prefix}${error.property}`;
      const own = Object.values(error.constraints ?? {}).map((message) => message.replace(error.property, path));
      return [...own, describeValidationErrors(error.children ?? [], `${path}.`)].filter(Boolean);
    })
    .join('; ');
}
