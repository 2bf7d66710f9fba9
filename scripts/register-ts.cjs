// Lets a plain `node` process run the API's TypeScript sources, compiled on the fly by SWC with the
// settings of jest.config.js — for tests that need the real application as a separate process
// (tests/faults.e2e-spec.ts kills it, and its Postgres, with SIGKILL):
//   node -r ./scripts/register-ts.cjs apps/api/src/main.ts
// (and the search engine's worker thread, when the API runs from its sources).
// ES-module-only packages (NestJS 12) load through Node's own require(esm), as in production.
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
