import { createElement, type ReactNode } from 'react';
import {
  CONTENT_TAGS,
  IMAGE_SCHEMES,
  LINK_SCHEMES,
  remoteImageLink,
  safeAddress,
} from '@foyer/shared';

/*
 * The editor's preview turns Markdown into HTML in the browser, from text anyone with editing
 * rights (or an imported document) wrote. That HTML is never inserted as a string: it is parsed
 * into an inert document (DOMParser runs no script and loads nothing) and rebuilt as React
 * elements from the allow-list the server's renderer uses too (shared's CONTENT_TAGS and safeAddress).
 * Whatever is not on the list is dropped: unknown elements keep only their text, scripts and the
 * like lose their content too, and only the listed attributes with safe addresses survive.
 */

const ALLOWED_TAGS = new Set(CONTENT_TAGS);

/** Dropped together with everything inside them, not unwrapped into text. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'iframe',
  'object',
  'embed',
  'template',
  'title',
  'svg',
  'math',
  'select',
  'frameset',
  'frame',
  'head',
]);

const VOID_TAGS = new Set(['br', 'hr', 'img']);

/** Inside these, whitespace between rows and cells is not content (React would warn about it). */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

type AttributeRule = (value: string) => [prop: string, value: string | number] | null;

const text =
  (prop: string): AttributeRule =>
  (value) => [prop, value];
const whole =
  (prop: string): AttributeRule =>
  (value) =>
    /^\d{1,4}$/.test(value) ? [prop, Number(value)] : null;
const url =
  (schemes: readonly string[]): AttributeRule =>
  (value) => {
    const address = safeAddress(value, schemes);
    return address === null ? null : ['href', address];
  };
const alignment: AttributeRule = (value) =>
  ['left', 'right', 'center'].includes(value.toLowerCase()) ? ['align', value.toLowerCase()] : null;

const ALLOWED_ATTRIBUTES: Record<string, Record<string, AttributeRule>> = {
  a: { href: url(LINK_SCHEMES), title: text('title') },
  img: {
    src: (value) => {
      const address = safeAddress(value, IMAGE_SCHEMES);
      return address === null ? null : ['src', address];
    },
    alt: text('alt'),
    title: text('title'),
    width: whole('width'),
    height: whole('height'),
  },
  code: {
    class: (value) => {
      const classes = value.split(/\s+/).filter((name) => /^language-[\w-]+$/.test(name));
      return classes.length > 0 ? ['className', classes.join(' ')] : null;
    },
  },
  th: { align: alignment, colspan: whole('colSpan'), rowspan: whole('rowSpan') },
  td: { align: alignment, colspan: whole('colSpan'), rowspan: whole('rowSpan') },
  ol: { start: whole('start') },
};

/** What the conversion noticed about the content, for the editor to point out. */
export interface SafeHtmlReport {
  /** Images without a text alternative: screen readers announce them by file name, if at all. */
  imagesWithoutAlt: number;
}

/** Safe React elements for an HTML string, following the allow-list above. */
export function safeHtmlToReact(
  html: string,
  options: SafeHtmlOptions = {},
): { nodes: ReactNode[]; report: SafeHtmlReport } {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const conversion: Conversion = {
    report: { imagesWithoutAlt: 0 },
    remoteImagesAsLinks: options.remoteImages === 'link',
  };
  return { nodes: convertChildren(document.body, 'body', conversion), report: conversion.report };
}

export interface SafeHtmlOptions {
  /** 'link' for what any professional writes (the community), as the server renders it. */
  remoteImages?: 'show' | 'link';
}

interface Conversion {
  report: SafeHtmlReport;
  remoteImagesAsLinks: boolean;
}

function convertChildren(parent: Node, parentTag: string, conversion: Conversion): ReactNode[] {
  const nodes: ReactNode[] = [];
  parent.childNodes.forEach((child, index) => {
    const converted = convert(child, parentTag, index, conversion);
    if (Array.isArray(converted)) nodes.push(...converted);
    else if (converted !== null) nodes.push(converted);
  });
  return nodes;
}

function convert(
  node: Node,
  parentTag: string,
  index: number,
  conversion: Conversion,
): ReactNode | ReactNode[] | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const value = node.textContent ?? '';
    if (TABLE_PARTS.has(parentTag) && !value.trim()) return null;
    return value;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.localName.toLowerCase();
  // Only HTML elements: an <a> inside SVG or MathML is another element altogether.
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return null;
  if (DROPPED_WITH_CONTENT.has(tag)) return null;
  if (!ALLOWED_TAGS.has(tag)) return convertChildren(element, parentTag, conversion);

  const props: Record<string, string | number> = { key: index };
  const rules = ALLOWED_ATTRIBUTES[tag] ?? {};
  for (const attribute of Array.from(element.attributes)) {
    const rule = rules[attribute.name.toLowerCase()];
    const allowed = rule?.(attribute.value);
    if (allowed) props[allowed[0]] = allowed[1];
  }
  // A link or an image whose address is refused keeps its words, as the server's renderer does.
  if (tag === 'a' && element.hasAttribute('href') && props.href === undefined)
    return convertChildren(element, parentTag, conversion);
  if (tag === 'img' && element.hasAttribute('src') && props.src === undefined)
    return typeof props.alt === 'string' ? props.alt : null;
  if (tag === 'img' && conversion.remoteImagesAsLinks && typeof props.src === 'string') {
    const link = remoteImageLink(props.src, typeof props.alt === 'string' ? props.alt : '');
    if (link) {
      const attributes = { key: index, href: link.href, rel: 'noopener noreferrer nofollow' };
      return createElement('a', { ...attributes, target: '_blank' }, link.label);
    }
  }
  if (tag === 'a' && typeof props.href === 'string' && /^https?:/i.test(props.href)) {
    props.rel = 'noopener noreferrer nofollow';
    props.target = '_blank';
  }
  if (tag === 'img' && !(typeof props.alt === 'string' && props.alt.trim()))
    conversion.report.imagesWithoutAlt += 1;
  if (VOID_TAGS.has(tag)) return createElement(tag, props);
  return createElement(tag, props, ...convertChildren(element, tag, conversion));
}
