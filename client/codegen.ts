import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema (refreshed by `npm run schema -w server`), so it runs offline in CI.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Only operations written with the generated `graphql()` function are typed from the schema. At build
  // time each call is replaced by its generated document (scripts/graphql-documents-plugin.ts).
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  pluckConfig: { globalGqlIdentifierName: ['graphql'], modules: [] } as never,
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        avoidOptionals: { field: true, inputValue: false, object: true },
        skipTypename: false,
      },
    },
  },
};

export default config;
