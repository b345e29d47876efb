import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app. The SDL is emitted by the API (`schema:emit`), the
 * documents are the `graphql(...)` calls in packages/web; the output is checked in so the
 * web builds without running the API.
 */
const config: CodegenConfig = {
  schema: './schema.graphql',
  // `*.pending.ts` holds documents whose fields the API has not emitted yet; they join the
  // glob (by renaming) once schema.graphql has them, so codegen never fails on a half-landed contract.
  documents: ['../web/src/**/*.{ts,tsx}', '!../web/src/**/*.pending.ts'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      // Components read query results directly; the documents are small enough that
      // fragment masking would add ceremony without protecting anything.
      presetConfig: { fragmentMasking: false },
      config: {
        // Money, dates and instants travel as strings; money must never become a float.
        scalars: {
          Decimal: 'string',
          LocalDate: 'string',
          DateTimeISO: 'string',
        },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
