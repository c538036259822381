import { graphql, HttpResponse } from 'msw';
import {
  AnnouncementEditor_CreateDocument,
  AnnouncementEditor_PermissionDocument,
  AnnouncementPage_AnnouncementDocument,
  NewsNav_UnseenCountDocument,
  NewsPage_AnnouncementsDocument,
  NewsPage_MarkSeenDocument,
  type CreateAnnouncementInput,
} from '../../gql/graphql';
import { server } from '../../test/msw-server';

export interface FakeAnnouncement {
  id: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  pinned: boolean;
  isNew: boolean;
  publishedAt: string | null;
  updatedAt: string;
}

const announcement = (
  fields: Partial<FakeAnnouncement> & Pick<FakeAnnouncement, 'id' | 'slug' | 'title'>,
): FakeAnnouncement => ({
  summary: '',
  bodyHtml: '<p>Body.</p>',
  pinned: false,
  isNew: false,
  publishedAt: '2030-03-01T09:00:00.000Z',
  updatedAt: '2030-03-01T09:00:00.000Z',
  ...fields,
});

/** As the server orders them: pinned first, then newest. */
export const DEMO_NEWS: FakeAnnouncement[] = [
  announcement({
    id: 'a-welcome',
    slug: 'welcome',
    title: 'Welcome to the portal',
    summary: 'Everything in one place.',
    pinned: true,
    publishedAt: '2030-01-10T09:00:00.000Z',
  }),
  announcement({
    id: 'a-maintenance',
    slug: 'maintenance',
    title: 'Maintenance on Saturday',
    summary: 'Read-only for 20 minutes.',
    isNew: true,
    publishedAt: '2030-03-04T09:00:00.000Z',
  }),
  announcement({
    id: 'a-release',
    slug: 'atlas-8',
    title: 'Atlas 8 released',
    isNew: true,
    publishedAt: '2030-03-02T09:00:00.000Z',
    bodyHtml: '<h2>Highlights</h2><p>Faster.</p>',
  }),
  announcement({
    id: 'a-old',
    slug: 'holiday-hours',
    title: 'Holiday support hours',
    publishedAt: '2029-12-20T09:00:00.000Z',
  }),
];

/** The news part of the API: the list, what is new to the viewer, one announcement, and writing. */
export function installFakeNewsApi({ announcements = DEMO_NEWS, canManage = false } = {}) {
  const state = {
    announcements: [...announcements],
    unseenCount: announcements.filter((a) => a.isNew).length,
    markSeenCalls: 0,
    created: [] as CreateAnnouncementInput[],
  };

  server.use(
    graphql.query(NewsNav_UnseenCountDocument, () =>
      HttpResponse.json({ data: { newsUnseenCount: state.unseenCount } }),
    ),
    graphql.query(NewsPage_AnnouncementsDocument, () =>
      HttpResponse.json({
        data: {
          viewerCanManageNews: canManage,
          announcements: {
            __typename: 'AnnouncementConnection',
            totalCount: state.announcements.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: state.announcements.map((a) => ({
              __typename: 'AnnouncementEdge',
              cursor: a.id,
              node: {
                __typename: 'Announcement',
                id: a.id,
                slug: a.slug,
                title: a.title,
                summary: a.summary,
                pinned: a.pinned,
                isNew: a.isNew,
                publishedAt: a.publishedAt,
                updatedAt: a.updatedAt,
              },
            })),
          },
        },
      }),
    ),
    graphql.mutation(NewsPage_MarkSeenDocument, () => {
      state.markSeenCalls += 1;
      state.unseenCount = 0;
      state.announcements = state.announcements.map((a) => ({ ...a, isNew: false }));
      return HttpResponse.json({
        data: {
          markNewsSeen: {
            __typename: 'MarkNewsSeenPayload',
            seenAt: '2030-03-05T09:00:00.000Z',
            newsUnseenCount: 0,
            error: null,
          },
        },
      });
    }),
    graphql.query(AnnouncementPage_AnnouncementDocument, ({ variables }) => {
      const found = state.announcements.find((a) => a.slug === variables.slug);
      if (!found) {
        return HttpResponse.json({
          data: null,
          errors: [{ message: 'Announcement was not found.', extensions: { code: 'NOT_FOUND' } }],
        });
      }
      return HttpResponse.json({
        data: {
          announcementBySlug: {
            __typename: 'Announcement',
            ...found,
            viewerCanEdit: canManage,
            audience: canManage
              ? {
                  __typename: 'AnnouncementAudience',
                  allCustomers: true,
                  products: [],
                  organizations: [],
                }
              : null,
          },
        },
      });
    }),
    graphql.query(AnnouncementEditor_PermissionDocument, () =>
      HttpResponse.json({ data: { viewerCanManageNews: canManage } }),
    ),
    graphql.mutation(AnnouncementEditor_CreateDocument, ({ variables }) => {
      state.created.push(variables.input);
      const slug =
        variables.input.slug ?? variables.input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const { audience } = variables.input;
      return HttpResponse.json({
        data: {
          createAnnouncement: {
            __typename: 'CreateAnnouncementPayload',
            error: null,
            announcement: {
              __typename: 'Announcement',
              id: `a-${slug}`,
              slug,
              title: variables.input.title,
              summary: variables.input.summary ?? '',
              bodyMarkdown: variables.input.bodyMarkdown,
              pinned: variables.input.pinned ?? false,
              publishedAt: null,
              updatedAt: '2030-03-05T09:00:00.000Z',
              viewerCanEdit: true,
              audience: {
                __typename: 'AnnouncementAudience',
                allCustomers: audience?.allCustomers ?? true,
                products: audience?.products ?? [],
                organizations: (audience?.organizationIds ?? []).map((id) => ({
                  __typename: 'Organization',
                  id: String(id),
                  name: String(id),
                })),
              },
            },
          },
        },
      });
    }),
  );
  return state;
}
