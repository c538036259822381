import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema';

export const SCHEMA_FILE_HEADER =
  '# Emitted by packages/server (`pnpm --filter @foyer/server schema`). Do not edit.\n\n';

/** The SDL committed as schema.graphql, from which the web app's types are generated. */
export async function schemaSdl(): Promise<string> {
  return SCHEMA_FILE_HEADER + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
