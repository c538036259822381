import MarkdownIt from 'markdown-it';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { markdownToText } from '../markdown';

/** The limits the API applies to an article (CreateArticleInput), checked before anything is written. */
export const MAX_TITLE = 200;
export const MAX_SUMMARY = 1000;
export const MAX_BODY = 200_000;
const MAX_TAGS = 20;
const MAX_TAG = 40;
/** A summary taken from the first paragraph is cut at a word boundary around this length. */
const DERIVED_SUMMARY = 280;

export type DocumentFormat = 'markdown' | 'html';

export interface ConvertedDocument {
  title: string;
  summary: string;
  bodyMarkdown: string;
  /** From Markdown front matter; null when the document names none. */
  tags: string[] | null;
}

export type Conversion =
  { document: ConvertedDocument; problem?: undefined } | { document?: undefined; problem: string };

export function formatOf(fileName: string): DocumentFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'html' || extension === 'htm') return 'html';
  return null;
}

/**
 * A document as an article: the title from the document (Markdown: front matter "title", else
 * the first "# " heading; HTML: the first <h1>, else <title>), removed from the body; the body
 * as Markdown (HTML converted, scripts and styles dropped); the summary from front matter
 * "summary"/"description" or <meta name="description">, else the first paragraph.
 */
export function convertDocument(text: string, format: DocumentFormat): Conversion {
  if (format === 'html') {
    const { markdown, title, description } = htmlToMarkdown(text);
    return fromMarkdown(
      markdown,
      { title, summary: description, tags: null },
      'heading',
      'no <h1> or <title>',
    );
  }
  const { body, fields } = splitFrontMatter(text);
  return fromMarkdown(body, fields, 'declared', 'no "# " heading (or "title:" in front matter)');
}

interface DeclaredFields {
  title: string | null;
  summary: string | null;
  tags: string[] | null;
}

const markdownParser = new MarkdownIt({ html: true, linkify: false });

/** prefer: which title wins when the document has both a declared one and a first-level heading. */
function fromMarkdown(
  source: string,
  declared: DeclaredFields,
  prefer: 'declared' | 'heading',
  whereTitle: string,
): Conversion {
  const lines = normalizeNewlines(source).split('\n');
  const tokens = markdownParser.parse(lines.join('\n'), {});
  const headingIndex = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const heading = headingIndex >= 0 ? tokens[headingIndex]! : null;
  const headingText = heading ? inlineText(tokens[headingIndex + 1]) : '';

  const fromHeading = Boolean(headingText) && (prefer === 'heading' || !declared.title);
  const title = oneLine(fromHeading ? headingText : (declared.title ?? ''));
  // The title is shown above the body, so the heading it came from leaves the body (as does a
  // first heading repeating a declared title).
  if (heading?.map && (fromHeading || headingIndex === 0))
    lines.splice(heading.map[0], heading.map[1] - heading.map[0]);
  if (!title) return { problem: `it has no title: ${whereTitle}` };
  if (title.length > MAX_TITLE)
    return { problem: `its title is ${title.length} characters long; the limit is ${MAX_TITLE}` };

  const bodyMarkdown = tidy(lines.join('\n'));
  if (!markdownToText(bodyMarkdown).trim())
    return { problem: 'its body is empty (nothing but the title)' };
  if (bodyMarkdown.length > MAX_BODY) {
    return {
      problem: `its body is ${bodyMarkdown.length.toLocaleString('en')} characters of Markdown; the limit is ${MAX_BODY.toLocaleString('en')}`,
    };
  }

  const summary = oneLine(declared.summary ?? '') || firstParagraph(bodyMarkdown);
  if (summary.length > MAX_SUMMARY)
    return {
      problem: `its summary is ${summary.length} characters long; the limit is ${MAX_SUMMARY}`,
    };

  const tags = declared.tags?.map((t) => t.trim()).filter(Boolean) ?? null;
  if (tags && tags.length > MAX_TAGS)
    return { problem: `it has ${tags.length} tags; the limit is ${MAX_TAGS}` };
  const longTag = tags?.find((t) => t.length > MAX_TAG);
  if (longTag)
    return { problem: `its tag "${longTag.slice(0, 50)}…" is longer than ${MAX_TAG} characters` };

  return { document: { title, summary, bodyMarkdown, tags } };
}

/** The text of the first paragraph that has any, cut at a word boundary. */
function firstParagraph(bodyMarkdown: string): string {
  const tokens = markdownParser.parse(bodyMarkdown, {});
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'paragraph_open' || tokens[i]!.level !== 0) continue;
    const text = oneLine(inlineText(tokens[i + 1]));
    if (text) return shorten(text, DERIVED_SUMMARY);
  }
  return '';
}

function inlineText(token: ReturnType<MarkdownIt['parse']>[number] | undefined): string {
  if (!token || token.type !== 'inline') return '';
  return (token.children ?? [])
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content;
      if (child.type === 'image') return child.content;
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' ';
      return '';
    })
    .join('');
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** No trailing spaces at the ends, at most one blank line in a row outside code, one final newline. */
function tidy(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length)))
      fence = fence === null ? marker : null;
    if (fence === null && !line.trim() && !out[out.length - 1]?.trim()) continue;
    out.push(fence === null && !line.trim() ? '' : line);
  }
  while (out.length > 0 && !out[out.length - 1]!.trim()) out.pop();
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/**
 * YAML-style front matter between "---" lines at the very start: title, summary (or
 * description) and tags ("[a, b]", "a, b" or a "- a" list). Other keys are dropped with it.
 */
export function splitFrontMatter(text: string): { body: string; fields: DeclaredFields } {
  const fields: DeclaredFields = { title: null, summary: null, tags: null };
  const source = normalizeNewlines(text);
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source);
  if (!match) return { body: source, fields };
  let listKey: string | null = null;
  for (const raw of match[1]!.split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(raw) ?? /^-\s+(.*)$/.exec(raw);
    if (item && listKey === 'tags') {
      fields.tags = [...(fields.tags ?? []), unquote(item[1]!)];
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(raw);
    if (!pair) continue;
    const key = pair[1]!.toLowerCase();
    const value = pair[2]!.trim();
    listKey = value === '' ? key : null;
    if (key === 'title' && value) fields.title = unquote(value);
    else if ((key === 'summary' || (key === 'description' && fields.summary === null)) && value)
      fields.summary = unquote(value);
    else if ((key === 'tags' || key === 'keywords') && value) {
      fields.tags = value
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map(unquote)
        .filter(Boolean);
    } else if (key === 'tags' || key === 'keywords') {
      listKey = 'tags';
    }
  }
  return { body: source.slice(match[0].length), fields };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? quoted[2]!.replace(/\\(["'\\])/g, '$1') : trimmed;
}

/** What turndown hands a rule: enough of the DOM for our rules. */
interface DomNode {
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  nextSibling: DomNode | null;
  firstChild: DomNode | null;
  children: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
}

const DROPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'nav',
  'svg',
  'canvas',
  'form',
  'button',
];

/** HTML to Markdown with turndown, GitHub tables and strikethrough, keeping <title> and the meta description aside. */
function htmlToMarkdown(html: string): {
  markdown: string;
  title: string | null;
  description: string | null;
} {
  let title: string | null = null;
  let description: string | null = null;
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
  });
  service.use(gfm);
  service.remove(DROPPED as TurndownService.Filter);
  service.addRule('documentTitle', {
    filter: (node) => node.nodeName === 'TITLE',
    replacement: (_content, node) => {
      title ??= oneLine((node as unknown as DomNode).textContent ?? '') || null;
      return '';
    },
  });
  service.addRule('metaDescription', {
    filter: (node) =>
      node.nodeName === 'META' || node.nodeName === 'LINK' || node.nodeName === 'BASE',
    replacement: (_content, node) => {
      const element = node as unknown as DomNode;
      if (
        element.nodeName === 'META' &&
        element.getAttribute('name')?.toLowerCase() === 'description'
      ) {
        description ??= oneLine(element.getAttribute('content') ?? '') || null;
      }
      return '';
    },
  });
  // "- item" rather than turndown's "-   item"; the continuation lines indented to match.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const element = node as unknown as DomNode;
      let prefix = '- ';
      const parent = element.parentNode;
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1') || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, element)}. `;
      }
      const paragraph = /\n$/.test(content);
      const body = content.replace(/^\n+|\n+$/g, '') + (paragraph ? '\n' : '');
      return (
        prefix +
        body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`) +
        (element.nextSibling ? '\n' : '')
      );
    },
  });
  // <pre> without <code> is still code.
  service.addRule('plainPre', {
    filter: (node) => node.nodeName === 'PRE' && node.firstChild?.nodeName !== 'CODE',
    replacement: (_content, node) => {
      const code = ((node as unknown as DomNode).textContent ?? '').replace(/\n$/, '');
      const fence = /```/.test(code) ? '~~~~' : '```';
      return `\n\n${fence}\n${code}\n${fence}\n\n`;
    },
  });
  // Inline data: images would bloat the body and are removed when rendered anyway: keep the alt text.
  service.addRule('dataImage', {
    filter: (node) =>
      node.nodeName === 'IMG' &&
      /^\s*data:/i.test((node as unknown as DomNode).getAttribute('src') ?? ''),
    replacement: (_content, node) => (node as unknown as DomNode).getAttribute('alt') ?? '',
  });
  const markdown = service.turndown(html);
  return { markdown, title, description };
}
