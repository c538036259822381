import type { ContentVisibility } from '@foyer/shared';
import { Random } from './random';
import { buildVocabulary, type Vocabulary } from './vocabulary';

/** One generated knowledge-base article, as the article table holds it. */
export interface GeneratedArticle {
  id: string;
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  product: string | null;
  version: string | null;
  category: string | null;
  tags: string[];
  visibility: ContentVisibility;
  published: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Products with their share of the articles and their versions, oldest first. */
export const PRODUCTS: ReadonlyArray<{ name: string; share: number; versions: string[] }> = [
  { name: 'atlas', share: 26, versions: ['6.0', '6.1', '6.2', '7.0', '7.1', '7.2', '7.3'] },
  { name: 'beacon', share: 18, versions: ['3.4', '3.5', '4.0', '4.1', '4.2'] },
  {
    name: 'cobalt',
    share: 14,
    versions: ['2019.1', '2020.1', '2021.1', '2022.1', '2023.1', '2024.1'],
  },
  { name: 'delta', share: 10, versions: ['1.8', '1.9', '2.0', '2.1'] },
  { name: 'ember', share: 8, versions: ['5.2', '5.3', '6.0'] },
  { name: 'fathom', share: 6, versions: ['10', '11', '12'] },
  { name: 'gantry', share: 4, versions: ['0.9', '1.0', '1.1'] },
  { name: 'harbor', share: 3, versions: ['2.2', '2.3'] },
];
/** Articles about no product in particular (accounts, the portal, general networking). */
const NO_PRODUCT_SHARE = 11;

export const CATEGORIES = [
  'Installation',
  'Upgrades',
  'Configuration',
  'Networking',
  'Security',
  'Troubleshooting',
  'Performance',
  'Release notes',
  'Known issues',
  'Integrations',
  'Backup and restore',
  'Licensing',
  'Monitoring',
  'High availability',
  'API',
  'Administration',
];
const CATEGORY_SHARES = [9, 9, 12, 7, 7, 16, 6, 5, 8, 5, 4, 2, 4, 2, 3, 0.5];

const TAGS = [
  'windows',
  'linux',
  'docker',
  'kubernetes',
  'cloud',
  'on-premises',
  'proxy',
  'sso',
  'ldap',
  'saml',
  'tls',
  'postgres',
  'oracle',
  'sql-server',
  'upgrade',
  'migration',
  'performance',
  'memory',
  'disk',
  'backup',
  'high-availability',
  'api',
  'cli',
  'agent',
  'console',
  'reporting',
  'alerts',
  'email',
  'licensing',
  'audit',
  'error',
  'crash',
  'timeout',
  'firewall',
  'dns',
  'certificates',
  'scheduler',
  'logs',
  'security-advisory',
  'hotfix',
];

/** Visibility of the articles: most for every customer, some for the entitled, a few vendor-only. */
const VISIBILITIES: ContentVisibility[] = [
  'ALL_CUSTOMERS',
  'ENTITLED_PRODUCT',
  'ACTIVE_SERVICE_PLAN',
  'VENDOR_ONLY',
];
const VISIBILITY_SHARES = [72, 15, 9, 4];
const DRAFT_SHARE = 0.03;

/** Error codes like E4821: rare identifiers, each in a handful of articles. */
export const ERROR_CODE_MIN = 1000;
export const ERROR_CODE_MAX = 9999;
const ERROR_CODE_SHARE = 0.25;

const FIRST_CREATED = Date.UTC(2017, 0, 1);
const LAST_CREATED = Date.UTC(2026, 0, 1);

/**
 * Generates `size` articles from `seed`, oldest first. The same seed gives the same articles (and
 * vocabulary) everywhere; articles never depend on `size`, so a smaller corpus is a prefix.
 */
export function* generateArticles(seed: number, size: number): Generator<GeneratedArticle> {
  const root = new Random(seed);
  const vocabulary = buildVocabulary(root.fork('vocabulary'));
  const topics = topicWords(vocabulary, root.fork('topics'));
  const random = root.fork('articles');
  for (let i = 0; i < size; i++) yield generateArticle(i, size, vocabulary, topics, random);
}

export function vocabularyOf(seed: number): Vocabulary {
  return buildVocabulary(new Random(seed).fork('vocabulary'));
}

/** Each category and each product favours some forty words, so related words occur together. */
function topicWords(vocabulary: Vocabulary, random: Random): Map<string, string[]> {
  const topics = new Map<string, string[]>();
  const band = vocabulary.contentRanks.slice(20, 2500);
  for (const key of [...CATEGORIES, ...PRODUCTS.map((p) => p.name)]) {
    topics.set(
      key,
      Array.from({ length: 40 }, () => vocabulary.words[random.pick(band)]!),
    );
  }
  return topics;
}

function generateArticle(
  index: number,
  size: number,
  vocabulary: Vocabulary,
  topics: Map<string, string[]>,
  random: Random,
): GeneratedArticle {
  const id = random.uuid();
  const productSpec = random.weighted(
    [null, ...PRODUCTS],
    [NO_PRODUCT_SHARE, ...PRODUCTS.map((p) => p.share)],
  );
  const product = productSpec?.name ?? null;
  // Newer versions have more articles.
  const version =
    productSpec && random.chance(0.85)
      ? productSpec.versions[
          Math.min(
            productSpec.versions.length - 1,
            Math.floor(Math.sqrt(random.next()) * productSpec.versions.length),
          )
        ]!
      : null;
  const category = random.weighted(CATEGORIES, CATEGORY_SHARES);
  const topic = [...topics.get(category)!, ...(product ? topics.get(product)! : [])];
  const writer = new Writer(vocabulary, topic, random, product ? display(product) : null, version);

  const errorCode = random.chance(ERROR_CODE_SHARE)
    ? `E${random.int(ERROR_CODE_MIN, ERROR_CODE_MAX)}`
    : null;
  const title = writer.title(errorCode);
  const summary = writer.paragraph(random.int(1, 2));
  const bodyMarkdown = writer.body(errorCode);

  const tags = [
    ...new Set(
      Array.from({ length: random.weighted([0, 1, 2, 3, 4], [15, 30, 30, 15, 10]) }, () =>
        random.pick(TAGS),
      ),
    ),
  ];
  const visibility = random.weighted(VISIBILITIES, VISIBILITY_SHARES);
  const published = !random.chance(DRAFT_SHARE);
  const createdAt = new Date(
    Math.floor(
      FIRST_CREATED +
        ((LAST_CREATED - FIRST_CREATED) * (index + random.next())) / Math.max(size, 100_000),
    ),
  );
  const updatedAt = new Date(
    Math.min(
      LAST_CREATED,
      createdAt.getTime() + (random.chance(0.4) ? random.int(0, 400 * 86_400_000) : 0),
    ),
  );
  const slug = `${slugify(title).slice(0, 90).replace(/-+$/, '')}-${index.toString(36)}`;
  return {
    id,
    slug,
    title,
    summary,
    bodyMarkdown,
    product,
    version,
    category,
    tags,
    visibility,
    published,
    createdAt,
    updatedAt,
  };
}

/** Sentences, paragraphs and Markdown bodies from the vocabulary, leaning on the article's topic. */
class Writer {
  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly topic: string[],
    private readonly random: Random,
    private readonly product: string | null,
    private readonly version: string | null,
  ) {}

  title(errorCode: string | null): string {
    const r = this.random;
    const words = Array.from({ length: r.int(2, 6) }, () => this.contentWord());
    let title = capitalize(words.join(' '));
    const form = r.next();
    if (form < 0.15) title = `How to ${words.join(' ')}`;
    else if (form < 0.25) title = `${title} fails after upgrade`;
    else if (form < 0.32) title = `Troubleshooting ${words.join(' ')}`;
    if (errorCode && r.chance(0.6))
      title = `Error ${errorCode}: ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
    if (this.product && r.chance(0.45))
      title += ` in ${this.product}${this.version ? ` ${this.version}` : ''}`;
    return title;
  }

  body(errorCode: string | null): string {
    const r = this.random;
    const target = Math.round(
      Math.min(2500, Math.max(40, Math.exp(Math.log(230) + 0.65 * r.normal()))),
    );
    const blocks: string[] = [];
    let words = 0;
    if (errorCode) {
      const line = `${capitalize(this.sentenceWords(r.int(6, 14)))} with error ${errorCode}.`;
      blocks.push(line);
      words += line.split(' ').length;
    }
    while (words < target) {
      if (blocks.length > 0 || r.chance(0.5))
        blocks.push(
          `## ${capitalize(Array.from({ length: r.int(1, 4) }, () => this.contentWord()).join(' '))}`,
        );
      for (let p = r.int(1, 3); p > 0 && words < target; p--) {
        const sentences = r.int(2, 5);
        blocks.push(this.paragraph(sentences));
        words += sentences * 14;
      }
      if (r.chance(0.3)) {
        const items = Array.from(
          { length: r.int(3, 6) },
          () => `- ${capitalize(this.sentenceWords(r.int(3, 10)))}`,
        );
        blocks.push(items.join('\n'));
        words += items.length * 6;
      }
      if (r.chance(0.12)) {
        const lines = Array.from(
          { length: r.int(1, 4) },
          () => `${this.contentWord()}.${this.contentWord()} = ${r.int(0, 65535)}`,
        );
        blocks.push(['```', ...lines, '```'].join('\n'));
        words += lines.length * 3;
      }
    }
    return blocks.join('\n\n');
  }

  paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }

  private sentence(): string {
    const r = this.random;
    let text = this.sentenceWords(r.int(7, 22));
    if (r.chance(0.08)) text += ` \`${this.contentWord()}_${this.contentWord()}\``;
    if (this.product && r.chance(0.1))
      text += ` in ${this.product}${this.version && r.chance(0.5) ? ` ${this.version}` : ''}`;
    return `${capitalize(text)}${r.chance(0.1) ? '?' : '.'}`;
  }

  private sentenceWords(count: number): string {
    const r = this.random;
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      words.push(r.chance(0.18) ? r.pick(this.topic) : this.vocabulary.sampleWord(r));
      if (i > 2 && i < count - 2 && r.chance(0.05)) words[words.length - 1] += ',';
    }
    return words.join(' ');
  }

  private contentWord(): string {
    return this.random.chance(0.4)
      ? this.random.pick(this.topic)
      : this.vocabulary.sampleContentWord(this.random);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function display(product: string): string {
  return capitalize(product);
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
