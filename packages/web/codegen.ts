import type { CodegenConfig } from '@graphql-codegen/cli';

// The server owns the schema and writes it to this file; the web app only reads it, so a field the
// server renames breaks `codegen` and `tsc` here instead of a page at run time.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Apollo adds __typename to every selection below the root before sending a document;
        // typing it keeps results, and the test doubles typed by them, equal to what the cache
        // stores.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

// graphql-codegen reads its config through the default export.
export default config;
