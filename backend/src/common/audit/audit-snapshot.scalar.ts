import { GraphQLScalarType } from 'graphql';

/** A record as it was, as a JSON object (output only). */
export const AuditSnapshotScalar = new GraphQLScalarType({
  name: 'AuditSnapshot',
  description: 'A record as a JSON object: its fields by GraphQL name, geometry as GeoJSON. Output only.',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('AuditSnapshot is output only.');
  },
  parseLiteral: () => {
    throw new TypeError('AuditSnapshot is output only.');
  },
});
