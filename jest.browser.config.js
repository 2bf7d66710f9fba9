/** Browser tests: the same setup as jest.config.js, other files. */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/tests'], testMatch: ['**/*.browser-spec.ts'] };
