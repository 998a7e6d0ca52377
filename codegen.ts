import type { CodegenConfig } from '@graphql-codegen/cli';

// schema.graphql is emitted by the server (pnpm --filter @pc/server emit-schema); everything below is generated from it.
const scalars = { DateTime: 'string', Decimal: 'string', JSON: 'unknown' };

const config: CodegenConfig = {
  schema: 'schema.graphql',
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    // Enums and input/output shapes of the schema, for code shared by web and server.
    'shared/src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { scalars, enumsAsTypes: true, useTypeImports: true, skipTypename: true },
    },
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
    'server/test/gql/': {
      preset: 'client',
      documents: ['server/test/**/*.ts', '!server/test/gql/**'],
      // The server compiles as NodeNext ESM, which needs ".js" on relative imports.
      config: { scalars, enumsAsTypes: true, useTypeImports: true, emitLegacyCommonJSImports: false },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
