const { readFileSync } = require('node:fs');
const { join } = require('node:path');

// @swc/jest looks for .swcrc in the working directory only; reading it here keeps one set of
// compiler options whether jest starts in this package or from the repository root.
const swcOptions = { ...JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8')), swcrc: false };

// msw's runtime depends on a few packages published as ES modules only; jest runs CommonJS, so
// those are compiled like our own files. A pnpm path names the package twice,
// .pnpm/@scope+name@1.0.0/node_modules/@scope/name/, and both spellings must be let through.
const esmOnly = ['rettime', 'until-async', '@open-draft/deferred-promise'];
const inStore = esmOnly.map((name) => `${name.replace('/', '\\+')}@`).join('|');
const linked = esmOnly.map((name) => `${name}/`).join('|');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  // jsdom with Node's own fetch, Request and streams, which msw's interceptors need.
  testEnvironment: 'jest-fixed-jsdom',
  transform: { '^.+\\.m?[tj]sx?$': ['@swc/jest', swcOptions] },
  transformIgnorePatterns: [`/node_modules/(?!\\.pnpm/(?:${inStore})|(?:${linked}))`],
  moduleNameMapper: {
    '^@foyer/shared$': '<rootDir>/../shared/src/index.ts',
    '\\.css$': 'identity-obj-proxy',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  testMatch: ['**/*.test.ts?(x)'],
  // A test walks through several lazily loaded pages, each compiled on first import: on a busy
  // 2-core machine that alone can pass jest's 5 s default. This bounds a hung test, not speed.
  testTimeout: 20_000,
};
