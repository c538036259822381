/**
 * Content that every reader finds through one search box. Each kind joins the same search index
 * and the same reading rule (canRead).
 */
export const CONTENT_KINDS = ['ARTICLE', 'UPDATE', 'COURSE', 'NEWS', 'QUESTION'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const CONTENT_KIND_LABELS: Record<ContentKind, string> = {
  ARTICLE: 'Knowledge base',
  UPDATE: 'Updates and hotfixes',
  COURSE: 'Training',
  NEWS: 'News',
  QUESTION: 'Community',
};

/**
 * Who may open an item once it is published. Vendor staff read everything, drafts included.
 * CHOSEN_AUDIENCE is for items that name their readers (news): see canRead.
 */
export const CONTENT_VISIBILITIES = [
  'ALL_CUSTOMERS',
  'ENTITLED_PRODUCT',
  'ACTIVE_SERVICE_PLAN',
  'VENDOR_ONLY',
  'CHOSEN_AUDIENCE',
] as const;
export type ContentVisibility = (typeof CONTENT_VISIBILITIES)[number];

/**
 * The visibilities of items that name no audience of their own: articles, updates and courses.
 * Only news stores an audience, so only news may be CHOSEN_AUDIENCE; elsewhere it would reach nobody.
 */
export const ITEM_VISIBILITIES = [
  'ALL_CUSTOMERS',
  'ENTITLED_PRODUCT',
  'ACTIVE_SERVICE_PLAN',
  'VENDOR_ONLY',
] as const satisfies readonly ContentVisibility[];
export type ItemVisibility = (typeof ITEM_VISIBILITIES)[number];

export const CONTENT_VISIBILITY_LABELS: Record<ContentVisibility, string> = {
  ALL_CUSTOMERS: 'All customers',
  ENTITLED_PRODUCT: 'Organizations licensed for the product',
  ACTIVE_SERVICE_PLAN: 'Organizations with an active service plan',
  VENDOR_ONLY: 'Vendor staff only',
  CHOSEN_AUDIENCE: 'Chosen products and organizations',
};

/** A product code as articles, licences and filters name it: "atlas", "atlas-cloud". */
export const PRODUCT_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
