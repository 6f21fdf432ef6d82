import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The map's operation types, generated from the API's contract (../schema.gql, printed from the
 * backend's code by `npm run schema:print`). `npm run codegen` (root) regenerates both; CI runs
 * `npm run codegen:check`. Documents are written with `graphql(...)` from src/gql, as plain strings
 * (documentMode string: the map sends text with its own fetch client, src/api/graphqlClient.ts).
 */
const geojson = (type: string) => `import('geojson').${type}`;
const config: CodegenConfig = {
  schema: '../schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        // A nullable field of an answer is there, null or not (`name: string | null`), as the API sends it.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          DateTime: 'string',
          AuditSnapshot: 'Record<string, unknown>',
          ChangeSummary: 'Record<string, string | number | boolean | null>',
          GeoJSONPoint: geojson('Point'),
          GeoJSONLineString: geojson('LineString'),
          GeoJSONMultiLineString: geojson('MultiLineString'),
          GeoJSONPolygon: geojson('Polygon'),
          GeoJSONPolygonal: `${geojson('Polygon')} | ${geojson('MultiPolygon')}`,
          IdColumn: 'string[]',
          OptionalIdColumn: 'Array<string | null>',
          StringColumn: 'string[]',
          OptionalStringColumn: 'Array<string | null>',
          IntColumn: 'number[]',
          FloatColumn: 'number[]',
          OptionalFloatColumn: 'Array<number | null>',
          AssetStatusColumn: "Array<import('../domain/vocabulary').AssetStatus>",
        },
      },
    },
  },
};
export default config;
