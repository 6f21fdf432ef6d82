// Three tiers by cost: pure core (no database), database (real PostGIS, embedded or server),
// browser (Debian's chromium against the real backend).
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
    },
    module: { type: 'commonjs' },
  },
];
// Nest 12 and a few of its dependencies ship ESM only: let swc turn them into CommonJS for jest.
const esmPackages = [
  '@nestjs', 'file-type', 'load-esm', 'strtok3', 'token-types', 'peek-readable', '@tokenizer',
  'uint8array-extras', '@borewit', 'clipper2-ts', 'rbush', 'quickselect', 'jose',
].join('|');
const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j|mj)s$': swcTransform },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'core',
      testMatch: ['<rootDir>/backend/src/**/*.spec.ts', '<rootDir>/gis-data/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.db\\.spec\\.ts$', '/node_modules/', '<rootDir>/test/browser/'],
    },
    {
      ...common,
      displayName: 'database',
      testMatch: ['<rootDir>/backend/src/**/*.db.spec.ts', '<rootDir>/test/**/*.db.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/fresh-graphql-metadata.ts', '<rootDir>/test/support/long-timeout.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/fresh-graphql-metadata.ts', '<rootDir>/test/support/long-timeout.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
};
