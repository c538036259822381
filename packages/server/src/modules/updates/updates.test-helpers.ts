import { createHash } from 'node:crypto';
import type { TestApp } from '../../test/test-app';

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

const CREATE = `mutation ($input: CreateUpdateInput!) { createUpdate(input: $input) { update { id slug } error { code message field } } }`;
const ATTACH = `mutation ($input: AttachUpdateFileInput!) { attachUpdateFile(input: $input) { update { id } error { code message field } } }`;
const PUBLISH = `mutation ($id: ID!) { publishUpdate(id: $id) { update { id } error { code } } }`;
const FILES = `query ($id: ID!) { update(id: $id) { files { id } } }`;

export interface UpdateSpec {
  kind?: 'UPDATE' | 'HOTFIX';
  title: string;
  product: string;
  version?: string;
  appliesToVersions?: string[];
  releaseNotesMarkdown?: string;
  releasedOn?: string;
  visibility?: 'ALL_CUSTOMERS' | 'ENTITLED_PRODUCT' | 'ACTIVE_SERVICE_PLAN' | 'VENDOR_ONLY';
  slug?: string;
}

export interface CreatedUpdate {
  id: string;
  slug: string;
  /** The update-file ids of its files, in order (the download addresses' last segment). */
  fileIds: string[];
  bytes: Buffer[];
}

/** Creates an update through the API as a vendor administrator, with its files uploaded and attached; published unless told otherwise. */
export async function createUpdate(
  app: TestApp,
  cookie: string,
  spec: UpdateSpec,
  options: {
    publish?: boolean;
    files?: Array<{ label: string; bytes: Buffer; fileName?: string }>;
  } = {},
): Promise<CreatedUpdate> {
  const created = await app.graphql(
    CREATE,
    {
      input: {
        kind: 'UPDATE',
        version: '1.0',
        releaseNotesMarkdown: `Notes for ${spec.title}.`,
        releasedOn: '2030-06-01',
        ...spec,
      },
    },
    cookie,
  );
  const update = created.data?.createUpdate?.update;
  if (!update)
    throw new Error(
      `createUpdate failed: ${JSON.stringify(created.data?.createUpdate?.error ?? created.errors)}`,
    );
  for (const file of options.files ?? []) {
    const uploaded = await app.uploadFile(cookie, file.bytes, {
      fileName: file.fileName ?? `${update.slug}.bin`,
      sha256: sha256(file.bytes),
    });
    if (!uploaded.body.file) throw new Error(`upload failed: ${JSON.stringify(uploaded.body)}`);
    const attached = await app.graphql(
      ATTACH,
      { input: { updateId: update.id, fileId: uploaded.body.file.id, label: file.label } },
      cookie,
    );
    if (attached.data?.attachUpdateFile?.error || attached.errors)
      throw new Error(`attach failed: ${JSON.stringify(attached.data ?? attached.errors)}`);
  }
  if (options.publish !== false) {
    const published = await app.graphql(PUBLISH, { id: update.id }, cookie);
    if (published.data?.publishUpdate?.error || published.errors)
      throw new Error(
        `publishUpdate failed: ${JSON.stringify(published.data ?? published.errors)}`,
      );
  }
  const files = await app.graphql(FILES, { id: update.id }, cookie);
  return {
    id: update.id,
    slug: update.slug,
    fileIds: files.data!.update.files.map((f: { id: string }) => f.id),
    bytes: (options.files ?? []).map((f) => f.bytes),
  };
}

/** Bytes that differ at every position, so a wrong range shows. */
export function patternBytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 7 + (i >> 8)) & 0xff;
  return bytes;
}
