'use strict';
// Lets `node` require the TypeScript sources directly, compiled on load by
// @swc/core (already a dev dependency for jest), so the benchmark needs no
// build step of its own and measures whichever source tree it is pointed at.
const Module = require('node:module');
const fs = require('node:fs');
const swc = require('@swc/core');

const options = {
  jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

for (const ext of ['.ts', '.tsx']) {
  Module._extensions[ext] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { code } = swc.transformSync(source, { ...options, filename });
    module._compile(code, filename);
  };
}
