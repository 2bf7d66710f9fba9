// Jest on Node < 24.9 cannot require() ES modules, and NestJS 12 ships only ES modules:
// this turns them into CommonJS for the test run (the app itself runs them natively).
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs' },
});
const IMPORT_META_URL = /import\.meta\.url/g;
const FILE_URL = '("file://" + __filename)';

module.exports = {
  process(source, filename, options) {
    return swc.process(source.replace(IMPORT_META_URL, FILE_URL), filename, options);
  },
  getCacheKey(source, filename, options) {
    return `${swc.getCacheKey(source, filename, options)}:import-meta-v3`;
  },
};
