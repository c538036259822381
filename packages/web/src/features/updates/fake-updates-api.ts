import { graphql, HttpResponse } from 'msw';
import type { ContentVisibility, ErrorCode, UpdateKind } from '@foyer/shared';
import {
  DownloadHistory_DownloadsDocument,
  FixedIn_ArticleDocument,
  UpdateEditor_CreateDocument,
  UpdateEditor_PermissionDocument,
  UpdateEditor_PublishDocument,
  UpdateEditor_SaveDocument,
  UpdateEditor_UpdateDocument,
  UpdatePage_UpdateDocument,
  UpdatesPage_FilterOptionsDocument,
  UpdatesPage_UpdatesDocument,
} from '../../gql/graphql';
import { distinctSorted } from '../../test/distinct-sorted';
import { server } from '../../test/msw-server';

export interface FakeUpdateFile {
  id: string;
  label: string;
  fileName: string;
  size: number;
  sha256: string;
  downloadCount: number;
}

/** An update as the server stores it. */
export interface FakeUpdate {
  id: string;
  slug: string;
  kind: UpdateKind;
  title: string;
  summary: string;
  product: string;
  version: string;
  appliesToVersions: string[];
  releasedOn: string;
  releaseNotesHtml: string;
  visibility: ContentVisibility;
  publishedAt: string | null;
  files: FakeUpdateFile[];
  /** Why this reader may not download the files; null when they may. */
  downloadBlockedReason: string | null;
  fixesArticles: Array<{ id: string; slug: string; title: string; summary: string }>;
  /** Ids of the articles whose "Fixed in" lists it. */
  fixes: string[];
}

function update(
  fields: Partial<FakeUpdate> &
    Pick<FakeUpdate, 'id' | 'slug' | 'title' | 'product' | 'version' | 'releasedOn'>,
): FakeUpdate {
  return {
    kind: 'UPDATE',
    summary: '',
    appliesToVersions: [],
    releaseNotesHtml: `<p>Notes for ${fields.title}.</p>`,
    visibility: 'ENTITLED_PRODUCT',
    publishedAt: `${fields.releasedOn}T09:00:00.000Z`,
    files: [],
    downloadBlockedReason: null,
    fixesArticles: [],
    fixes: [],
    ...fields,
  };
}

const SHA = 'a3f1c09e5b7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f';

export const LEDGER_UPDATE = update({
  id: 'U29mdHdhcmVVcGRhdGU6bGVkZ2Vy',
  slug: 'ledger-5-1-0',
  title: 'Ledger 5.1.0',
  summary: 'Scheduled bank-statement imports and a faster trial balance.',
  product: 'ledger',
  version: '5.1.0',
  appliesToVersions: ['5.0', '5.0.1'],
  releasedOn: '2030-05-20',
  releaseNotesHtml:
    '<p>Scheduled <strong>bank-statement</strong> imports.</p><h2>Upgrading</h2><p>Back up first.</p>',
  files: [
    {
      id: '7d1c7a52-0f0e-4f5e-9b0a-1b6f1f0c2a11',
      label: 'Linux x64',
      fileName: 'ledger-5.1.0-linux-x64.tar',
      size: 6144,
      sha256: SHA,
      downloadCount: 3,
    },
    {
      id: '7d1c7a52-0f0e-4f5e-9b0a-1b6f1f0c2a12',
      label: 'Windows Server x64',
      fileName: 'ledger-5.1.0-windows-x64.zip',
      size: 5120,
      sha256: SHA.split('').reverse().join(''),
      downloadCount: 0,
    },
  ],
});

export const DISPATCH_HOTFIX = update({
  id: 'U29mdHdhcmVVcGRhdGU6ZGlzcGF0Y2g=',
  slug: 'dispatch-3-0-3-hotfix',
  kind: 'HOTFIX',
  title: 'Dispatch 3.0.3 hotfix: driver app shows offline',
  summary: 'Driver devices that show offline after switching networks.',
  product: 'dispatch',
  version: '3.0.3',
  appliesToVersions: ['3.0.2'],
  releasedOn: '2030-05-28',
  files: [
    {
      id: '9e2b4c61-1a2b-4c3d-8e9f-0a1b2c3d4e51',
      label: 'Telematics gateway',
      fileName: 'dispatch-3.0.3-gateway.tar',
      size: 2048,
      sha256: SHA,
      downloadCount: 1,
    },
  ],
  downloadBlockedReason:
    'Your service plan for Dispatch ended on 2030-04-30. Renew it to download hotfixes.',
  fixesArticles: [
    {
      id: 'QXJ0aWNsZTpwcm94eQ==',
      slug: 'configure-the-proxy',
      title: 'Configure the proxy',
      summary: 'Send Atlas traffic through your company proxy.',
    },
  ],
  fixes: ['QXJ0aWNsZTpwcm94eQ=='],
});

export const INSIGHT_UPDATE = update({
  id: 'U29mdHdhcmVVcGRhdGU6aW5zaWdodA==',
  slug: 'insight-1-8-0',
  title: 'Insight 1.8.0',
  product: 'insight',
  version: '1.8.0',
  releasedOn: '2030-04-02',
});

export const DRAFT_UPDATE = update({
  id: 'U29mdHdhcmVVcGRhdGU6ZHJhZnQ=',
  slug: 'ledger-5-2-0-beta',
  title: 'Ledger 5.2.0 beta',
  product: 'ledger',
  version: '5.2.0',
  releasedOn: '2030-06-01',
  publishedAt: null,
});

export interface FakeUpdatesOptions {
  updates?: FakeUpdate[];
  /** Vendor staff: see drafts and download counts; administrators also edit. */
  vendor?: boolean;
}

/** Updates as the server answers them, kept in memory; requests are recorded for the tests. */
export function installFakeUpdatesApi({
  updates = [LEDGER_UPDATE, DISPATCH_HOTFIX, INSIGHT_UPDATE, DRAFT_UPDATE],
  vendor = false,
}: FakeUpdatesOptions = {}) {
  const state = {
    updates: updates.map((item): FakeUpdate => JSON.parse(JSON.stringify(item))),
    listRequests: [] as Array<{
      product?: string | null;
      kind?: string | null;
      after?: string | null;
    }>,
    downloadRequests: [] as string[],
    created: [] as Array<Record<string, unknown>>,
    saved: [] as Array<Record<string, unknown>>,
    published: [] as string[],
    /** Answer the next create with this refusal instead of saving. */
    refuseNextCreate: null as {
      code: ErrorCode;
      field: string | null;
      message: string;
      hint: string;
    } | null,
  };
  const readable = () => state.updates.filter((item) => vendor || item.publishedAt);
  const newestFirst = (items: FakeUpdate[]) =>
    [...items].sort((a, b) => b.releasedOn.localeCompare(a.releasedOn));

  server.use(
    graphql.query(UpdatesPage_FilterOptionsDocument, () =>
      HttpResponse.json({
        data: {
          updateProducts: distinctSorted(readable().map((item) => item.product)),
          viewerCanManageUpdates: vendor,
        },
      }),
    ),
    graphql.query(UpdatesPage_UpdatesDocument, ({ variables }) => {
      state.listRequests.push({
        product: variables.product,
        kind: variables.kind,
        after: variables.after,
      });
      const matching = newestFirst(readable()).filter(
        (item) =>
          (!variables.product || item.product === variables.product) &&
          (!variables.kind || item.kind === variables.kind),
      );
      const start = variables.after ? Number(variables.after.replace('cursor-', '')) + 1 : 0;
      const page = matching.slice(start, start + variables.first);
      return HttpResponse.json({
        data: {
          updates: {
            __typename: 'SoftwareUpdateConnection',
            totalCount: matching.length,
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + variables.first < matching.length,
              endCursor: page.length > 0 ? `cursor-${start + page.length - 1}` : null,
            },
            edges: page.map((item, index) => ({
              __typename: 'SoftwareUpdateEdge',
              cursor: `cursor-${start + index}`,
              node: {
                __typename: 'SoftwareUpdate',
                id: item.id,
                slug: item.slug,
                kind: item.kind,
                title: item.title,
                summary: item.summary,
                product: item.product,
                version: item.version,
                appliesToVersions: item.appliesToVersions,
                releasedOn: item.releasedOn,
                publishedAt: item.publishedAt,
                viewerCanDownload: item.downloadBlockedReason === null,
              },
            })),
          },
        },
      });
    }),
    graphql.query(UpdatePage_UpdateDocument, ({ variables }) => {
      const found = readable().find((item) => item.slug === variables.slug);
      if (!found) {
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: 'Update not found.',
              path: ['updateBySlug'],
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        });
      }
      const blocked = vendor ? null : found.downloadBlockedReason;
      return HttpResponse.json({
        data: {
          updateBySlug: {
            __typename: 'SoftwareUpdate',
            id: found.id,
            slug: found.slug,
            kind: found.kind,
            title: found.title,
            product: found.product,
            version: found.version,
            appliesToVersions: found.appliesToVersions,
            releasedOn: found.releasedOn,
            releaseNotesHtml: found.releaseNotesHtml,
            visibility: found.visibility,
            publishedAt: found.publishedAt,
            viewerCanEdit: vendor,
            viewerCanDownload: blocked === null,
            downloadBlockedReason: blocked,
            files: found.files.map((file) => ({
              __typename: 'SoftwareUpdateFile',
              id: file.id,
              label: file.label,
              fileName: file.fileName,
              size: file.size,
              sha256: file.sha256,
              downloadUrl: blocked === null ? `/api/updates/files/${file.id}` : null,
              downloadCount: vendor ? file.downloadCount : null,
            })),
            fixesArticles: found.fixesArticles.map((article) => ({
              __typename: 'Article',
              ...article,
            })),
          },
        },
      });
    }),
    graphql.query(UpdateEditor_PermissionDocument, () =>
      HttpResponse.json({ data: { viewerCanManageUpdates: vendor } }),
    ),
    graphql.query(UpdateEditor_UpdateDocument, ({ variables }) => {
      const found = state.updates.find((item) => item.slug === variables.slug);
      if (!found)
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: 'Update not found.',
              path: ['updateBySlug'],
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        });
      return HttpResponse.json({ data: { updateBySlug: editorFields(found, vendor) } });
    }),
    graphql.mutation(UpdateEditor_CreateDocument, ({ variables }) => {
      const input = variables.input;
      state.created.push({ ...input });
      if (state.refuseNextCreate) {
        const error = state.refuseNextCreate;
        state.refuseNextCreate = null;
        return HttpResponse.json({
          data: {
            createUpdate: {
              __typename: 'CreateUpdatePayload',
              update: null,
              error: { __typename: 'UserError', ...error },
            },
          },
        });
      }
      const created = update({
        id: `U29mdHdhcmVVcGRhdGU6${state.updates.length}`,
        slug:
          input.slug ??
          input.title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, ''),
        kind: input.kind,
        title: input.title,
        product: input.product,
        version: input.version,
        appliesToVersions: [...(input.appliesToVersions ?? [])],
        releasedOn: input.releasedOn,
        visibility: input.visibility ?? 'ENTITLED_PRODUCT',
        publishedAt: null,
      });
      state.updates.push(created);
      return HttpResponse.json({
        data: {
          createUpdate: {
            __typename: 'CreateUpdatePayload',
            update: editorFields(created, vendor),
            error: null,
          },
        },
      });
    }),
    graphql.mutation(UpdateEditor_SaveDocument, ({ variables }) => {
      const { id, ...input } = variables.input;
      state.saved.push({ ...variables.input });
      const found = state.updates.find((item) => item.id === id)!;
      // Only what the editor's fields show; notes stay derived from the title, as editorFields has them.
      Object.assign(found, {
        slug: input.slug ?? found.slug,
        kind: input.kind ?? found.kind,
        title: input.title ?? found.title,
        product: input.product ?? found.product,
        version: input.version ?? found.version,
        appliesToVersions: input.appliesToVersions ?? found.appliesToVersions,
        releasedOn: input.releasedOn ?? found.releasedOn,
        visibility: input.visibility ?? found.visibility,
      });
      return HttpResponse.json({
        data: {
          updateUpdate: {
            __typename: 'UpdateUpdatePayload',
            update: editorFields(found, vendor),
            error: null,
          },
        },
      });
    }),
    graphql.mutation(UpdateEditor_PublishDocument, ({ variables }) => {
      const found = state.updates.find((item) => item.id === variables.id)!;
      found.publishedAt = '2030-06-01T09:00:00.000Z';
      state.published.push(found.id);
      return HttpResponse.json({
        data: {
          publishUpdate: {
            __typename: 'PublishUpdatePayload',
            update: { __typename: 'SoftwareUpdate', id: found.id, publishedAt: found.publishedAt },
            error: null,
          },
        },
      });
    }),
    graphql.query(DownloadHistory_DownloadsDocument, ({ variables }) => {
      state.downloadRequests.push(String(variables.updateId));
      return HttpResponse.json({
        data: {
          updateDownloads: [
            {
              __typename: 'UpdateDownload',
              id: 'download-1',
              fileName: 'ledger-5.1.0-linux-x64.tar',
              fileLabel: 'Linux x64',
              downloadedAt: '2030-05-21T10:15:00.000Z',
              professionalName: 'Frank Berger',
              professionalEmail: 'frank@acme.example',
              organizationName: 'Acme Logistics',
            },
          ],
        },
      });
    }),
    graphql.query(FixedIn_ArticleDocument, ({ variables }) =>
      HttpResponse.json({
        data: {
          article: {
            __typename: 'Article',
            id: String(variables.articleId),
            fixedIn: newestFirst(readable())
              .filter((item) => item.fixes.includes(String(variables.articleId)))
              .map((item) => ({
                __typename: 'SoftwareUpdate',
                id: item.id,
                slug: item.slug,
                kind: item.kind,
                title: item.title,
                releasedOn: item.releasedOn,
              })),
          },
        },
      }),
    ),
  );
  return state;
}

function editorFields(item: FakeUpdate, vendor: boolean) {
  return {
    __typename: 'SoftwareUpdate' as const,
    id: item.id,
    slug: item.slug,
    kind: item.kind,
    title: item.title,
    product: item.product,
    version: item.version,
    appliesToVersions: item.appliesToVersions,
    releasedOn: item.releasedOn,
    releaseNotesMarkdown: `Notes for ${item.title}.`,
    visibility: item.visibility,
    publishedAt: item.publishedAt,
    viewerCanEdit: vendor,
    files: item.files.map((file) => ({
      __typename: 'SoftwareUpdateFile' as const,
      id: file.id,
      label: file.label,
      fileName: file.fileName,
      size: file.size,
      sha256: file.sha256,
    })),
    fixesArticles: item.fixesArticles.map((article) => ({
      __typename: 'Article' as const,
      id: article.id,
      slug: article.slug,
      title: article.title,
    })),
  };
}
