// Kept for the tests that start `node -r ./tests/support/register-ts.cjs …`: the loader is scripts/register-ts.cjs.
require('../../scripts/register-ts.cjs');
