import fs from 'node:fs';
import path from 'node:path';
import { schemaSdl } from './schema-sdl';

describe('schema.graphql', () => {
  it('is the schema the server builds, so the web app is typed against the real API', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8');
    // When this fails, run `pnpm --filter @foyer/server schema` and regenerate the web types.
    expect(committed).toBe(await schemaSdl());
  });
});
