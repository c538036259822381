import type { TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { announcement { id slug } error { code message field } } }`;
const PUBLISH = `mutation ($id: ID!) { publishAnnouncement(id: $id) { announcement { id publishedAt } error { code } } }`;

export interface AnnouncementSpec {
  title: string;
  summary?: string;
  bodyMarkdown?: string;
  slug?: string;
  pinned?: boolean;
  audience?: { allCustomers: boolean; products?: string[]; organizationIds?: string[] };
}

/** Creates an announcement through the API as a vendor administrator, published unless told otherwise. */
export async function createAnnouncement(
  app: TestApp,
  cookie: string,
  spec: AnnouncementSpec,
  options: { publish?: boolean } = {},
): Promise<{ id: string; slug: string }> {
  const created = await app.graphql(CREATE, { input: { bodyMarkdown: '', ...spec } }, cookie);
  const payload = created.data?.createAnnouncement;
  if (!payload?.announcement)
    throw new Error(
      `createAnnouncement failed: ${JSON.stringify(payload?.error ?? created.errors)}`,
    );
  if (options.publish !== false) {
    const published = await app.graphql(PUBLISH, { id: payload.announcement.id }, cookie);
    if (published.data?.publishAnnouncement?.error || published.errors)
      throw new Error(
        `publishAnnouncement failed: ${JSON.stringify(published.data ?? published.errors)}`,
      );
  }
  return payload.announcement;
}
