// ESLint for the whole repository (`npm run lint`, also part of `npm test`). Beyond the usual
// TypeScript checks it keeps the boundaries ARCHITECTURE.md draws: shared depends on nothing of
// ours, the web app never imports server code, only platform/db speaks to a database driver,
// resolvers never touch the data source, and no module imports itself in a circle.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const DATABASE_DRIVERS = ['better-sqlite3', 'pg'].map((name) => ({
  name,
  message:
    'Only packages/server/src/platform/db speaks to a database driver; use its Database and runSql.',
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'bench/.cache/**',
      'packages/web/src/gql/**',
      'packages/*/coverage/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['packages/*/tsconfig.json', 'e2e/tsconfig.json', 'bench/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // type-graphql's decorators need the classes they name to exist at runtime.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['packages/shared/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@foyer/server',
                '@foyer/server/*',
                '@foyer/web',
                '@foyer/web/*',
                '**/server/src/**',
                '**/web/src/**',
              ],
              message: 'shared depends on nothing of ours.',
            },
            {
              group: [
                'typeorm',
                'type-graphql',
                'graphql',
                'react',
                'react-dom',
                '@apollo/*',
                'class-validator',
              ],
              message:
                'shared holds plain functions and types: no decorators, React, TypeORM or GraphQL.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@foyer/server', '@foyer/server/*', '**/server/src/**'],
              message:
                'The web app gets its types from schema.graphql through codegen, never from server code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**'],
    ignores: [
      'packages/server/src/platform/db/**',
      'packages/server/src/test/**',
      'packages/server/src/**/*.test.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: DATABASE_DRIVERS }] },
  },
  {
    files: ['packages/server/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...DATABASE_DRIVERS,
            {
              name: 'typeorm',
              message: 'A resolver calls a service; it never touches the data source.',
            },
          ],
          patterns: [
            {
              group: ['**/platform/db/database', '**/platform/db/search/sql'],
              message: 'A resolver calls a service; it never touches the data source.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test/**', 'e2e/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    // Tests read GraphQL answers as the untyped JSON they are.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
