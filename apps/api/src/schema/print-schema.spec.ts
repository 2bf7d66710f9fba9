import { readFileSync } from 'node:fs';
import { buildSchemaSdl, SCHEMA_FILE } from './print-schema';

describe('apps/api/schema.gql', () => {
  it('is the schema the resolvers define (run `npm run schema` after changing them)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await buildSchemaSdl());
  });
});
