/**
 * Browser tests: Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) driven by
 * playwright-core against the built app and a real server on a fresh database.
 * `npm test` builds everything before running them.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testTimeout: 180000,
  maxWorkers: 1,
};
