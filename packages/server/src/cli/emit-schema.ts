import fs from 'node:fs';
import path from 'node:path';
import { schemaSdl } from '../platform/graphql/schema-sdl';

/** Writes packages/server/schema.graphql, the contract packages/web generates its types from. */
async function emit(): Promise<void> {
  const target = path.resolve(__dirname, '../../schema.graphql');
  fs.writeFileSync(target, await schemaSdl());
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}

void emit();
