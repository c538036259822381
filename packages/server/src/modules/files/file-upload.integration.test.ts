import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { StoredFileEntity } from './stored-file.entity';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization } from '../../test/factories';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

describe('uploading files', () => {
  let app: TestApp;
  let vendorAdmin: string;
  let vendorStaff: string;
  let customerAdmin: string;

  beforeAll(async () => {
    app = await startTestApp({
      settings: {
        files: {
          dir: path.join(os.tmpdir(), `foyer-upload-test-${process.pid}`),
          maxUploadBytes: 64_000,
        },
      },
    });
    const vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      people: [
        {
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        {},
      ],
    });
    const customer = await createOrganization(app.services);
    vendorAdmin = await app.signIn(vendor.people[0]!.email);
    vendorStaff = await app.signIn(vendor.people[1]!.email);
    customerAdmin = await app.signIn(customer.people[0]!.email);
  });
  afterAll(() => app.close());

  const storedCount = () => app.db.manager.count(StoredFileEntity);

  it('stores the file with the size and SHA-256 of what arrived, under the name given', async () => {
    const bytes = randomBytes(50_000);
    const { status, body } = await app.uploadFile(vendorAdmin, bytes, {
      fileName: 'atlas-7.2.1 (linux).tar.gz',
      contentType: 'application/gzip',
      sha256: sha256(bytes),
    });
    expect(status).toBe(201);
    expect(body.file).toMatchObject({
      fileName: 'atlas-7.2.1 (linux).tar.gz',
      contentType: 'application/gzip',
      size: 50_000,
      sha256: sha256(bytes),
    });
    const row = await app.services.files.find(body.file!.id);
    const chunks: Buffer[] = [];
    for await (const chunk of app.services.files.storage.read(row!.storageKey))
      chunks.push(chunk as Buffer);
    expect(sha256(Buffer.concat(chunks))).toBe(sha256(bytes));
  });

  it('refuses a file whose checksum does not match, and keeps nothing of it', async () => {
    const before = await storedCount();
    const { status, body } = await app.uploadFile(vendorAdmin, 'the real bytes', {
      sha256: sha256('other bytes'),
    });
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'CHECKSUM_MISMATCH' });
    expect(body.error!.hint).toMatch(/upload it again/i);
    expect(await storedCount()).toBe(before);
  });

  it('refuses a checksum that is not SHA-256', async () => {
    const { status, body } = await app.uploadFile(vendorAdmin, 'bytes', { sha256: 'abc' });
    expect(status).toBe(400);
    expect(body.error!.message).toMatch(/64 hexadecimal/);
  });

  it('refuses a file over the size limit, naming the limit', async () => {
    const before = await storedCount();
    const { status, body } = await app.uploadFile(vendorAdmin, randomBytes(70_000));
    expect(status).toBe(413);
    expect(body.error).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(body.error!.message).toContain('64 KB');
    expect(await storedCount()).toBe(before);
  });

  it.each([
    ['nobody signed in', () => undefined, 401, 'UNAUTHENTICATED'],
    ['vendor staff who are not administrators', () => vendorStaff, 403, 'FORBIDDEN'],
    ['a customer administrator', () => customerAdmin, 403, 'FORBIDDEN'],
  ])('refuses uploads from %s', async (_who, cookie, status, code) => {
    const result = await app.uploadFile(cookie(), 'bytes');
    expect(result.status).toBe(status);
    expect(result.body.error!.code).toBe(code);
  });

  it('asks for the file name when it is missing, and strips folders from one given', async () => {
    const missing = await fetch(`${app.url}/api/files`, {
      method: 'POST',
      headers: { cookie: vendorAdmin, 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).error.hint).toMatch(/X-File-Name/);

    const { body } = await app.uploadFile(vendorAdmin, 'x', { fileName: '../../etc/passwd' });
    expect(body.file!.fileName).toBe('passwd');
  });
});
