/**
 * Runs on SQLite by default; with FOYER_TEST_DATABASE_URL=postgres://… the same integration
 * suites run on PostgreSQL (each test file gets a database of its own).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: { '^@foyer/shared$': '<rootDir>/../shared/src/index.ts' },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
