// Loads .ts files through swc with packages/server/.swcrc (decorators with metadata, CommonJS),
// and @foyer/shared from its sources, the way packages/server/jest.config.js does.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/core');

const repoRoot = path.join(__dirname, '..', '..');
const swcrc = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/server/.swcrc'), 'utf8'));
const sharedEntry = path.join(repoRoot, 'packages/shared/src/index.ts');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, {
    ...swcrc,
    filename,
    swcrc: false,
    configFile: false,
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveShared(request, ...rest) {
  return resolveFilename.call(this, request === '@foyer/shared' ? sharedEntry : request, ...rest);
};
