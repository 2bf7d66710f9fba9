import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web client, from the API's committed schema.
 * Run from the repository root: `npm run codegen`. The output in src/gql/ is committed.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read the fields their own documents select; no fragment masking needed.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // client-preset 6 dropped `enumsAsTypes`; `enumType: 'string-literal'` is its replacement
        // and emits enums as union types (no runtime enum objects).
        enumType: 'string-literal',
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        // Apollo Client always adds __typename, except on root operation types.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
