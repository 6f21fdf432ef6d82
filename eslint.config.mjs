// Lint rules that encode the architecture: the geometry/network core stays free of Nest and TypeORM,
// the backend has no import cycles and its lower layers (core, common) import no feature folder,
// promises are awaited, switches over the domain's unions are exhaustive.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** The backend's feature folders: everything in backend/src but the layers below them. */
const LOWER_LAYERS = ['core', 'common', 'config'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test-artifacts/**', 'coverage/**', 'frontend/vite.config.ts', 'frontend/src/gql/**', '**/*.js', '**/*.mjs'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['frontend/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['backend/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse imported .ts files too (without these, dependencies are not read and no cycle is ever seen).
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      // Type-only imports are ignored (they vanish at run time); packages are not followed.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './backend/src/core',
              from: './backend/src',
              except: ['./core'],
              message: 'The core is pure TypeScript: it imports nothing from the application layers.',
            },
            // Folder cycles broken in issue 10, kept broken: the lower folder never imports the upper one.
            ...[
              ['cameras', 'coverage', 'coverage reads cameras; cameras keep it current through COVERAGE_MAINTENANCE (common/coverage-maintenance.ts)'],
              ['camera-models', 'coverage', 'coverage reads camera models; they keep it current through COVERAGE_MAINTENANCE'],
              ['buildings', 'coverage', 'coverage reads buildings; they keep it current through COVERAGE_MAINTENANCE'],
              ['poles', 'cameras', 'cameras stand on poles: Pole.cameras is resolved in cameras/'],
              ['users', 'auth', 'auth signs users in: what both need (roles, passwords, emails) lives in core/domain.ts or users/'],
              ['streets', 'network', 'the network routes along streets, not the other way round'],
            ].map(([lower, upper, why]) => ({ target: `./backend/src/${lower}`, from: `./backend/src/${upper}`, message: why })),
            {
              target: './backend/src/common',
              from: './backend/src',
              except: LOWER_LAYERS.map((folder) => `./${folder}`),
              message: 'common/ sits below the feature folders: move what both need down into common/ or core/, or inject it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['backend/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', '@electric-sql/*'],
              message: 'The core is pure TypeScript: no Nest, TypeORM (@nestjs/typeorm included) or database imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // Core specs may use the test scenes and reference algorithms kept out of the image (test/support/core).
    files: ['backend/src/core/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', '@electric-sql/*'], message: 'The core is pure TypeScript: no Nest, TypeORM or database imports.' },
            { regex: '^\\.\\./\\.\\./(?!core/|\\.\\./\\.\\./test/support/core/)', message: 'The core must not import the application layers.' },
          ],
        },
      ],
    },
  },
);
