import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import {
  CONTENT_TAGS,
  IMAGE_SCHEMES,
  LINK_SCHEMES,
  remoteImageLink,
  safeAddress,
} from '@foyer/shared';

/**
 * Article bodies are Markdown written by vendor staff or imported from other systems, and are
 * shown to every reader: the HTML is built by markdown-it (raw HTML allowed, since imported
 * documents carry some) and then passed through an allowlist, so no script, event handler,
 * style, frame or javascript:/data: address survives, whatever the Markdown says.
 */
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
// markdown-it leaves a link to a javascript: or data: address as its literal source text,
// "[the guide](javascript:…)", which a reader cannot make sense of. Every link is built instead,
// and the ones whose address shared's safeAddress refuses become their plain text (transformTags),
// before the allowlist checks what is left once more.
markdown.validateLink = () => true;

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [...CONTENT_TAGS],
  allowedAttributes: {
    // rel and target are set by transformTags below for links that leave the portal.
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: ['class'],
    th: ['align', 'colspan', 'rowspan'],
    td: ['align', 'colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: [...LINK_SCHEMES],
  allowedSchemesByTag: { img: [...IMAGE_SCHEMES] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // Script and style contents are dropped with the tags, not left behind as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed'],
  transformTags: {
    // A link or image whose address is refused keeps its words: the link text, the description.
    a: (tagName, attribs) => {
      if (attribs.href !== undefined && safeAddress(attribs.href, LINK_SCHEMES) === null)
        return { tagName: 'span', attribs: {} };
      return {
        tagName,
        attribs: isExternal(attribs.href)
          ? { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' }
          : attribs,
      };
    },
    img: (tagName, attribs) =>
      attribs.src === undefined || safeAddress(attribs.src, IMAGE_SCHEMES) !== null
        ? { tagName, attribs }
        : { tagName: 'span', attribs: {}, text: attribs.alt ?? '' },
  },
};

/** The same, with images from other sites turned into links to them (shared's remoteImageLink). */
const ALLOWED_WITH_REMOTE_IMAGES_AS_LINKS: sanitizeHtml.IOptions = {
  ...ALLOWED,
  transformTags: {
    ...ALLOWED.transformTags,
    img: (tagName, attribs) => {
      const link =
        attribs.src === undefined ? null : remoteImageLink(attribs.src, attribs.alt ?? '');
      if (!link) return (ALLOWED.transformTags!.img as sanitizeHtml.Transformer)(tagName, attribs);
      return {
        tagName: 'a',
        attribs: { href: link.href, rel: 'noopener noreferrer nofollow', target: '_blank' },
        text: link.label,
      };
    },
  },
};

export interface RenderOptions {
  /**
   * 'show' (the default) for what the vendor's staff write; 'link' for what any professional
   * writes (the community), whose readers' visits no outside site should see.
   */
  remoteImages?: 'show' | 'link';
}

/** Safe HTML for a Markdown body. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  return sanitizeHtml(
    markdown.render(source),
    options.remoteImages === 'link' ? ALLOWED_WITH_REMOTE_IMAGES_AS_LINKS : ALLOWED,
  );
}

/**
 * The words of a Markdown body without its markup, for the search index: text, code, link
 * texts and image descriptions, one block per line.
 */
export function markdownToText(source: string): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') line += child.content;
        else if (child.type === 'image') line += ` ${child.content} `;
        else if (child.type === 'softbreak' || child.type === 'hardbreak') line += ' ';
        else if (child.type === 'html_inline') line += ' ';
      }
    } else if (token.type === 'fence' || token.type === 'code_block') {
      flush();
      line = token.content;
      flush();
    } else if (token.type === 'html_block') {
      flush();
      line = sanitizeHtml(token.content, {
        allowedTags: [],
        allowedAttributes: {},
        nonTextTags: ALLOWED.nonTextTags,
      });
      flush();
    } else if (token.type.endsWith('_close') || token.type === 'hr') {
      flush();
    }
  }
  flush();
  return decodeEntities(lines.join('\n'));
}

function isExternal(href: string | undefined): boolean {
  return Boolean(href && /^https?:\/\//i.test(href));
}

/** sanitize-html leaves entities in text; the index wants the characters. */
function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|#x27|nbsp);/g,
    (_m, name: string) => ENTITIES[name] ?? _m,
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};
