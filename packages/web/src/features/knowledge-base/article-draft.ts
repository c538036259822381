import { ITEM_VISIBILITIES, PRODUCT_CODE_PATTERN, type ContentVisibility } from '@foyer/shared';
import type { CreateArticleInput, UpdateArticleInput } from '../../gql/graphql';
import type { FieldProblem } from '../../ui/form-field';

/** The editor's fields as typed: tags are one comma-separated line. */
export interface ArticleDraft {
  title: string;
  slug: string;
  summary: string;
  bodyMarkdown: string;
  product: string;
  version: string;
  category: string;
  tags: string;
  visibility: ContentVisibility;
}

export type DraftField = keyof ArticleDraft;
export type DraftProblems = Partial<Record<DraftField, FieldProblem>>;

/** The fields an article has, as the editor loads them. */
export interface EditableArticle {
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  product?: string | null;
  version?: string | null;
  category?: string | null;
  tags: readonly string[];
  visibility: ContentVisibility;
}

export const EMPTY_DRAFT: ArticleDraft = {
  title: '',
  slug: '',
  summary: '',
  bodyMarkdown: '',
  product: '',
  version: '',
  category: '',
  tags: '',
  visibility: 'ALL_CUSTOMERS',
};

export function draftOf(article: EditableArticle | null): ArticleDraft {
  if (!article) return EMPTY_DRAFT;
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    bodyMarkdown: article.bodyMarkdown,
    product: article.product ?? '',
    version: article.version ?? '',
    category: article.category ?? '',
    tags: article.tags.join(', '),
    visibility: article.visibility,
  };
}

export function sameDraft(a: ArticleDraft, b: ArticleDraft): boolean {
  return (Object.keys(a) as DraftField[]).every((field) =>
    field === 'tags'
      ? tagsOf(a.tags).join(',') === tagsOf(b.tags).join(',')
      : a[field] === b[field],
  );
}

/** "Proxy, Networking , ,tls" → ["proxy", "networking", "tls"], as the server stores them. */
export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Taken by the editor's own address, /kb/new. */
const RESERVED_SLUGS = new Set(['new']);
export const MAX_TAGS = 20;

/**
 * The server's own rules (CreateArticleInput), checked before sending so each problem is shown
 * on its field at once. The server checks them again, and its answer is shown the same way.
 */
export function problemsOf(draft: ArticleDraft, { isNew }: { isNew: boolean }): DraftProblems {
  const problems: DraftProblems = {};
  const title = draft.title.trim();
  if (!title) problems.title = { message: 'Enter a title.' };
  else if (title.length > 200)
    problems.title = { message: 'The title is too long (200 characters at most).' };

  const slug = draft.slug.trim();
  if (!slug) {
    if (!isNew) problems.slug = { message: 'Enter a slug: the article’s address needs one.' };
  } else if (slug.length > 120) {
    problems.slug = { message: 'The slug is too long (120 characters at most).' };
  } else if (!SLUG_PATTERN.test(slug)) {
    problems.slug = {
      message: 'Use lower-case letters, digits and single hyphens for the slug.',
      hint: 'For example: configure-the-proxy.',
    };
  } else if (RESERVED_SLUGS.has(slug)) {
    problems.slug = {
      message: '“new” is the address of the editor itself.',
      hint: 'Choose another slug.',
    };
  }

  if (draft.summary.trim().length > 1000) {
    problems.summary = { message: 'The summary is too long (1,000 characters at most).' };
  }
  if (!draft.bodyMarkdown.trim()) {
    problems.bodyMarkdown = { message: 'Write the article’s body.' };
  } else if (draft.bodyMarkdown.length > 200_000) {
    problems.bodyMarkdown = { message: 'The body is too long (200,000 characters at most).' };
  }

  const product = draft.product.trim();
  if (product && !PRODUCT_CODE_PATTERN.test(product)) {
    problems.product = {
      message: 'Use a product code: lower-case letters, digits and hyphens.',
      hint: 'For example: atlas.',
    };
  } else if (!product && draft.visibility === 'ENTITLED_PRODUCT') {
    problems.product = {
      message: 'Name the product whose licence holders may read this article.',
      hint: 'Or choose another visibility.',
    };
  }
  if (draft.version.trim().length > 40) {
    problems.version = { message: 'The version is too long (40 characters at most).' };
  }
  if (draft.category.trim().length > 60) {
    problems.category = { message: 'The category is too long (60 characters at most).' };
  }
  const tags = tagsOf(draft.tags);
  if (tags.length > MAX_TAGS) {
    problems.tags = { message: `Give ${MAX_TAGS} tags at most.` };
  } else if (tags.some((tag) => tag.length > 40)) {
    problems.tags = { message: 'Each tag is 40 characters at most.' };
  }
  if (!(ITEM_VISIBILITIES as readonly string[]).includes(draft.visibility)) {
    problems.visibility = { message: 'Choose who may read the article.' };
  }
  return problems;
}

export function createInputOf(draft: ArticleDraft): CreateArticleInput {
  return {
    title: draft.title.trim(),
    // Left out, the server makes it from the title.
    slug: draft.slug.trim() || null,
    summary: draft.summary.trim(),
    bodyMarkdown: draft.bodyMarkdown,
    product: draft.product.trim() || null,
    version: draft.version.trim() || null,
    category: draft.category.trim() || null,
    tags: tagsOf(draft.tags),
    visibility: draft.visibility,
  };
}

/** Every field, so the article ends up as the form shows it; an empty string clears a field. */
export function updateInputOf(id: string, draft: ArticleDraft): UpdateArticleInput {
  return {
    id,
    title: draft.title.trim(),
    slug: draft.slug.trim(),
    summary: draft.summary.trim(),
    bodyMarkdown: draft.bodyMarkdown,
    product: draft.product.trim(),
    version: draft.version.trim(),
    category: draft.category.trim(),
    tags: tagsOf(draft.tags),
    visibility: draft.visibility,
  };
}

/** The editor field a server error names, if it is one of them. */
export function draftFieldOf(field: string | null | undefined): DraftField | null {
  if (!field) return null;
  const name = field.replace(/^input\./, '');
  return name in EMPTY_DRAFT ? (name as DraftField) : null;
}
