import { GraphQLError } from 'graphql';
import { CoreInputError } from '../../core/core-input-error';
import { graphQLErrorFormatter } from './format-graphql-error';

const formatGraphQLError = graphQLErrorFormatter({ production: false });

describe('errors leaving the API', () => {
  it('turns a value the core refused into BAD_USER_INPUT with its words', () => {
    const refused = new CoreInputError('camera cam-7 headingDegrees', NaN);
    const wrapped = new GraphQLError(refused.message, { originalError: refused });
    const formatted = formatGraphQLError({ message: refused.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'camera cam-7 headingDegrees' });
    expect(formatted.message).toBe('camera cam-7 headingDegrees must be a finite number (got NaN).');
  });
});
