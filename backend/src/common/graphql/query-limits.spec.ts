import { GraphQLError, GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { checkOperationCost, checkOperationShape, type QueryLimits } from './query-limits';
import { measureOperation } from './query-shape';

const limits: QueryLimits = { maxDepth: 4, maxComplexity: 1000, maxRootFields: 5, maxAliases: 3, maxSelections: 50 };

const refusal = (work: () => void): { code?: unknown; message: string; status?: unknown } => {
  try {
    work();
  } catch (error) {
    const graphQLError = error as GraphQLError;
    return { code: graphQLError.extensions?.code, message: graphQLError.message, status: (graphQLError.extensions?.http as { status?: number })?.status };
  }
  throw new Error('expected a refusal');
};

describe('measureOperation', () => {
  it('counts fields, aliases and depth, with fragments expanded where they are spread', () => {
    const shape = measureOperation(parse('{ a: poles { nodes { ...P } } b: poles { nodes { ...P } } } fragment P on Pole { id x: code cameras { id } }'));
    // Per spread: id, x, cameras, cameras.id = 4 fields and 1 alias; cameras.id is at level 3 (poles is 0).
    expect(shape).toEqual({ rootFields: 2, aliases: 2 + 2, selections: 2 * (2 + 4), depth: 3 });
  });

  it('measures a fragment once however often it is spread: 2^40 selections counted without expanding them', () => {
    const levels = 40;
    const document = parse(
      `{ ...F${levels} } fragment F0 on Query { a } ${Array.from({ length: levels }, (_, k) => `fragment F${k + 1} on Query { ...F${k} ...F${k} }`).join(' ')}`,
    );
    const startedAt = performance.now();
    expect(measureOperation(document)?.selections).toBe(2 ** levels);
    expect(performance.now() - startedAt).toBeLessThan(1000);
  });

  it('leaves fragment cycles to validation, and does not count introspection in depth', () => {
    expect(measureOperation(parse('{ ...F } fragment F on Query { a ...F }'))).toEqual({ rootFields: 1, aliases: 0, selections: 1, depth: 0 });
    expect(measureOperation(parse('{ __schema { types { fields { type { ofType { name } } } } } }'))?.depth).toBe(0);
  });

  it('measures the operation that is asked for by name', () => {
    const document = parse('query Small { a } query Big { a b c }');
    expect(measureOperation(document, 'Big')?.rootFields).toBe(3);
    expect(measureOperation(document, 'Missing')).toBeNull();
  });
});

describe('checkOperationShape', () => {
  it.each([
    ['{ a b c d e f }', 'QUERY_TOO_COMPLEX', /6 top-level fields/],
    ['{ p { a: x b: x c: x d: x } }', 'QUERY_TOO_COMPLEX', /4 aliases/],
    ['{ p { q { r { s { t { u } } } } } }', 'QUERY_TOO_DEEP', /at most 4 levels/],
    [`{ p { ${'...F '.repeat(20)} } } fragment F on P { x y z }`, 'QUERY_TOO_COMPLEX', /selects 61 fields/],
  ])('refuses %s', (query, code, message) => {
    const refused = refusal(() => checkOperationShape(parse(query), undefined, limits));
    expect(refused).toMatchObject({ code, status: 400 });
    expect(refused.message).toMatch(message);
  });
});

describe('checkOperationCost fails closed', () => {
  const schema = (complexity: unknown) =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          analysis: { type: GraphQLString, extensions: { complexity } },
          items: { type: new GraphQLList(GraphQLString), args: { first: { type: GraphQLInt } } },
        },
      }),
    });
  const run = (complexity: unknown, query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const operation = document.definitions[0] as { variableDefinitions?: readonly unknown[] };
    checkOperationCost(schema(complexity), document, { variables }, operation, limits);
  };

  it('refuses with QUERY_TOO_COMPLEX when the cost cannot be computed', () => {
    const throwing = () => {
      throw new Error('estimator failed');
    };
    expect(refusal(() => run(throwing, '{ analysis }'))).toMatchObject({ code: 'QUERY_TOO_COMPLEX', status: 400, message: expect.stringMatching(/could not be computed/) });
  });

  it('refuses a declared cost over the allowance, and an infinite one', () => {
    expect(refusal(() => run(600, '{ a: analysis b: analysis }'))).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: expect.stringMatching(/cost 1200/) });
    expect(refusal(() => run(Number.POSITIVE_INFINITY, '{ analysis }'))).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('gives variables that do not fit their type BAD_USER_INPUT, not a pass', () => {
    expect(refusal(() => run(1, 'query($n: Int) { items(first: $n) }', { n: 'many' }))).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
  });

  it('lets an affordable operation through', () => {
    expect(() => run(600, '{ analysis }')).not.toThrow();
  });
});
