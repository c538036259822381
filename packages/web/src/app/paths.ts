import type { ContentKind } from '@foyer/shared';

export const HOME_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';
export const REQUEST_ACCESS_PATH = '/request-access';
/** Public: the one-time link of an invitation e-mail, `/invitations/<token>`. */
export const INVITATION_PATH = '/invitations/:token';
/** Who can help: open to everyone, with more to say to a signed-in person. */
export const HELP_PATH = '/help';
/** Administrators review their own organization's access requests here; the notification e-mail links to it. */
export const ACCESS_REQUESTS_PATH = '/access-requests';
/** The access requests of one organization: a partner's served customers', or any for the vendor. */
export const ORGANIZATION_ACCESS_REQUESTS_PATH = '/orgs/:organizationId/access-requests';

export function accessRequestsPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/access-requests`;
}

/** Vendor staff: every organization, and creating one. */
export const ORGANIZATIONS_PATH = '/orgs';
/** One organization: its details and, for vendor staff, its partner links. */
export const ORGANIZATION_DETAILS_PATH = '/orgs/:organizationId/details';
/** Who did what to whom in one organization, newest first. */
export const AUDIT_LOG_PATH = '/orgs/:organizationId/audit';

export function organizationDetailsPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/details`;
}

export function auditLogPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/audit`;
}

/** An organization's professionals; the organization is in the address so a link can be shared. */
export const ACCOUNTS_PATH = '/orgs/:organizationId/accounts';
/** One professional of an organization: details, roles, invitation, removal. */
export const PROFESSIONAL_PATH = '/orgs/:organizationId/professionals/:professionalId';

export function accountsPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/accounts`;
}

export function professionalPath(organizationId: string, professionalId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/professionals/${encodeURIComponent(professionalId)}`;
}

export function invitationPath(token: string): string {
  return `/invitations/${encodeURIComponent(token)}`;
}

/** What the gate hands to the sign-in page so the person lands where they were going. */
export interface SignInLocationState {
  from?: string;
}

/**
 * Only same-app paths are honoured: the value comes from history state, which any page can set,
 * and following an absolute or protocol-relative URL would turn sign-in into an open redirect.
 */
export function safeReturnPath(state: unknown): string {
  const from = (state as SignInLocationState | null)?.from;
  // Browsers read "/\host" like "//host", so both spellings are refused.
  if (typeof from !== 'string' || !from.startsWith('/') || /^\/[/\\]/.test(from)) {
    return HOME_PATH;
  }
  if (from === SIGN_IN_PATH || from.startsWith(`${SIGN_IN_PATH}?`)) return HOME_PATH;
  return from;
}

/** One search over every kind of content; the query and filters are in the address. */
export const SEARCH_PATH = '/search';

/** What a search asks for, as the results page reads it from its address. */
export interface SearchLocation {
  q?: string | null;
  /** A ContentKind, in lower case in the address: `article`. */
  kind?: string | null;
  product?: string | null;
  version?: string | null;
  category?: string | null;
}

/** `/search?q=…&product=…`, leaving out what is empty. */
export function searchPath(search: SearchLocation = {}): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'kind', 'product', 'version', 'category'] as const) {
    const value = search[key]?.trim();
    if (value) params.set(key, key === 'kind' ? value.toLowerCase() : value);
  }
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** Software updates and hotfixes; one release by its slug. */
export const UPDATES_PATH = '/updates';
export const UPDATE_PATH = '/updates/:slug';
/** Vendor staff write a new update here. Matched before UPDATE_PATH, so no update is at /updates/new. */
export const NEW_UPDATE_PATH = '/updates/new';
/** Vendor staff edit an update, publish it, attach files and link the articles it fixes. */
export const EDIT_UPDATE_PATH = '/updates/:slug/edit';

export function updatePath(slug: string): string {
  return `/updates/${encodeURIComponent(slug)}`;
}

export function editUpdatePath(slug: string): string {
  return `/updates/${encodeURIComponent(slug)}/edit`;
}

/** The updates list filtered by product and kind (UPDATE or HOTFIX, lower case in the address). */
export function updatesPath(
  filters: { product?: string | null; kind?: string | null } = {},
): string {
  const params = new URLSearchParams();
  if (filters.product) params.set('product', filters.product);
  if (filters.kind) params.set('kind', filters.kind.toLowerCase());
  const query = params.toString();
  return query ? `${UPDATES_PATH}?${query}` : UPDATES_PATH;
}
/** Training: courses, and one course with its lessons by its slug. */
export const TRAINING_PATH = '/training';
export const COURSE_PATH = '/training/:slug';
/** News: announcements, and one by its slug. */
export const NEWS_PATH = '/news';
export const ANNOUNCEMENT_PATH = '/news/:slug';
/** Vendor staff write an announcement here. Matched before ANNOUNCEMENT_PATH, so no announcement is at /news/new. */
export const NEW_ANNOUNCEMENT_PATH = '/news/new';
/** Vendor staff edit, publish and pin an announcement. */
export const EDIT_ANNOUNCEMENT_PATH = '/news/:slug/edit';

export function announcementPath(slug: string): string {
  return `/news/${encodeURIComponent(slug)}`;
}

export function editAnnouncementPath(slug: string): string {
  return `/news/${encodeURIComponent(slug)}/edit`;
}
/** Community questions and answers; one question by its slug. */
export const COMMUNITY_PATH = '/community';
export const QUESTION_PATH = '/community/:slug';
/** Asking a question. Matched before QUESTION_PATH; no question has the slug "ask". */
export const ASK_QUESTION_PATH = '/community/ask';

export function questionPath(slug: string): string {
  return `/community/${encodeURIComponent(slug)}`;
}
/** An organization's licences (products, plans, registration keys). */
export const LICENSES_PATH = '/orgs/:organizationId/licenses';

export function licensesPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/licenses`;
}

/** Where an item of each content kind lives, by the slug search and suggestions return. */
const CONTENT_ROOTS: Record<ContentKind, string> = {
  ARTICLE: '/kb',
  UPDATE: UPDATES_PATH,
  COURSE: TRAINING_PATH,
  NEWS: NEWS_PATH,
  QUESTION: COMMUNITY_PATH,
};

export function contentPath(kind: ContentKind, slug: string): string {
  return `${CONTENT_ROOTS[kind]}/${encodeURIComponent(slug)}`;
}

/** The knowledge base: the latest articles, by product and category. */
export const KNOWLEDGE_BASE_PATH = '/kb';
/** Vendor staff write a new article here. Matched before ARTICLE_PATH, so no article is at /kb/new. */
export const NEW_ARTICLE_PATH = '/kb/new';
/** One article, by its slug. */
export const ARTICLE_PATH = '/kb/:slug';
/** Vendor staff edit an article, publish it and restore earlier versions. */
export const EDIT_ARTICLE_PATH = '/kb/:slug/edit';

export function articlePath(slug: string): string {
  return `/kb/${encodeURIComponent(slug)}`;
}

export function editArticlePath(slug: string): string {
  return `/kb/${encodeURIComponent(slug)}/edit`;
}

/** The knowledge base filtered by product and category. */
export function knowledgeBasePath(
  filters: { product?: string | null; category?: string | null } = {},
): string {
  const params = new URLSearchParams();
  if (filters.product) params.set('product', filters.product);
  if (filters.category) params.set('category', filters.category);
  const query = params.toString();
  return query ? `${KNOWLEDGE_BASE_PATH}?${query}` : KNOWLEDGE_BASE_PATH;
}

/** Vendor staff create a course here. Matched before COURSE_PATH, so no course is at /training/new. */
export const NEW_COURSE_PATH = '/training/new';
/** Vendor staff edit a course and its lessons. */
export const EDIT_COURSE_PATH = '/training/:slug/edit';
/** What an organization's professionals have done in training, for its administrators. */
export const ORGANIZATION_TRAINING_PATH = '/orgs/:organizationId/training';

/** The courses, optionally of one product. */
export function trainingPath(filters: { product?: string | null } = {}): string {
  return filters.product
    ? `${TRAINING_PATH}?product=${encodeURIComponent(filters.product)}`
    : TRAINING_PATH;
}

/** One course; `lesson` (1 = first) opens that lesson. */
export function coursePath(slug: string, lesson?: number | null): string {
  const path = `${TRAINING_PATH}/${encodeURIComponent(slug)}`;
  return lesson ? `${path}?lesson=${lesson}` : path;
}

export function editCoursePath(slug: string): string {
  return `${TRAINING_PATH}/${encodeURIComponent(slug)}/edit`;
}

export function organizationTrainingPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/training`;
}
