import { PRODUCT_CODE_PATTERN } from '@foyer/shared';
import type { CreateAnnouncementInput, UpdateAnnouncementInput } from '../../gql/graphql';
import type { FieldProblem } from '../../ui/form-field';

/** The editor's form as typed: products as one comma-separated line. */
export interface AnnouncementDraft {
  title: string;
  slug: string;
  summary: string;
  bodyMarkdown: string;
  allCustomers: boolean;
  products: string;
  organizationIds: string[];
  pinned: boolean;
}

export type DraftField =
  'title' | 'slug' | 'summary' | 'bodyMarkdown' | 'audience' | 'products' | 'organizationIds';
export type DraftProblems = Partial<Record<DraftField, FieldProblem>>;

/** What the editor needs of a saved announcement. */
export interface SavedAnnouncement {
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  pinned: boolean;
  audience?: { allCustomers: boolean; products: string[]; organizations: { id: string }[] } | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function draftOf(announcement: SavedAnnouncement | null): AnnouncementDraft {
  return {
    title: announcement?.title ?? '',
    slug: announcement?.slug ?? '',
    summary: announcement?.summary ?? '',
    bodyMarkdown: announcement?.bodyMarkdown ?? '',
    allCustomers: announcement?.audience?.allCustomers ?? true,
    products: announcement?.audience?.products.join(', ') ?? '',
    organizationIds: announcement?.audience?.organizations.map((o) => o.id) ?? [],
    pinned: announcement?.pinned ?? false,
  };
}

export function sameDraft(a: AnnouncementDraft, b: AnnouncementDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function productsOf(line: string): string[] {
  return [
    ...new Set(
      line
        .split(',')
        .map((p) => p.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** The server's rules, checked before sending so the form can say what to fix at once. */
export function problemsOf(draft: AnnouncementDraft): DraftProblems {
  const problems: DraftProblems = {};
  const title = draft.title.trim();
  if (!title || title.length > 200)
    problems.title = { message: 'Enter a title (up to 200 characters).' };
  const slug = draft.slug.trim();
  if (slug && (!SLUG.test(slug) || slug.length > 120)) {
    problems.slug = {
      message:
        'Use lower-case letters, digits and single hyphens for the slug, e.g. atlas-8-released.',
    };
  }
  if (draft.summary.trim().length > 1000)
    problems.summary = { message: 'The summary is too long (1,000 characters at most).' };
  if (!draft.allCustomers) {
    const products = productsOf(draft.products);
    const bad = products.find((p) => !PRODUCT_CODE_PATTERN.test(p));
    if (bad !== undefined) {
      problems.products = {
        message: `“${bad}” is not a product code.`,
        hint: 'Use lower-case letters, digits and hyphens, e.g. atlas.',
      };
    } else if (products.length === 0 && draft.organizationIds.length === 0) {
      problems.audience = {
        message: 'Name at least one product or organization this announcement is for.',
        hint: 'Or choose all customers.',
      };
    }
  }
  return problems;
}

/** A server error's field as the form's: "audience.products" is the products field. */
export function draftFieldOf(field: string | null | undefined): DraftField | null {
  switch (field) {
    case 'title':
    case 'slug':
    case 'summary':
    case 'bodyMarkdown':
    case 'audience':
      return field;
    case 'audience.products':
      return 'products';
    case 'audience.organizationIds':
      return 'organizationIds';
    default:
      return null;
  }
}

function audienceInputOf(draft: AnnouncementDraft) {
  return draft.allCustomers
    ? { allCustomers: true }
    : {
        allCustomers: false,
        products: productsOf(draft.products),
        organizationIds: draft.organizationIds,
      };
}

export function createInputOf(draft: AnnouncementDraft): CreateAnnouncementInput {
  return {
    title: draft.title.trim(),
    slug: draft.slug.trim() || null,
    summary: draft.summary.trim(),
    bodyMarkdown: draft.bodyMarkdown,
    audience: audienceInputOf(draft),
    pinned: draft.pinned,
  };
}

export function updateInputOf(id: string, draft: AnnouncementDraft): UpdateAnnouncementInput {
  return {
    id,
    title: draft.title.trim(),
    slug: draft.slug.trim() || null,
    summary: draft.summary.trim(),
    bodyMarkdown: draft.bodyMarkdown,
    audience: audienceInputOf(draft),
    pinned: draft.pinned,
  };
}
