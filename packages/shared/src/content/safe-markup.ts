/**
 * The HTML elements content may contain once rendered from Markdown (raw HTML included): text,
 * lists, tables, links, images, code. Everything else is dropped, keeping its text. The server's
 * renderer and the editor's preview both keep exactly these.
 */
export const CONTENT_TAGS: readonly string[] = (
  'h1 h2 h3 h4 h5 h6 p br hr blockquote pre code kbd samp em strong b i u s del ins mark sub sup ' +
  'small ul ol li dl dt dd a img figure figcaption details summary table thead tbody tfoot tr th ' +
  'td caption span div'
).split(' ');

/** Where a link in content may lead: the web and e-mail, besides places inside the portal. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];
/** Where an image in content may come from. */
export const IMAGE_SCHEMES: readonly string[] = ['http', 'https'];

/**
 * The address if it is relative (a path, an anchor) or uses one of `schemes`; null otherwise.
 * Browsers ignore tabs, newlines and other control characters inside a scheme ("java\tscript:"),
 * so they are removed before the scheme is read, and an address starting with // or a backslash
 * (another host, whatever the scheme) is refused. The server's Markdown renderer and the web's
 * HTML converter both ask this, so the editor's preview shows what readers will see.
 */
export function safeAddress(value: string, schemes: readonly string[]): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (cleaned.startsWith('//') || cleaned.startsWith('\\\\') || cleaned.startsWith('/\\'))
    return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (scheme) return schemes.includes(scheme[1]!.toLowerCase()) ? value.trim() : null;
  // "javascript&colon;…" has been decoded by the parser already; a colon before any slash, ?
  // or # that the pattern above did not accept is a scheme in disguise.
  if (/^[^/?#]*:/.test(cleaned)) return null;
  return value.trim();
}

/**
 * Where content written by any professional (community questions and answers) shows a link
 * instead of an image from another site: loading it would tell that site who read the post and
 * when, for every reader of every company. Null for an image from Foyer itself (a relative
 * address), which is shown. The label names the site, so the reader knows where the link goes.
 */
export function remoteImageLink(src: string, alt: string): { href: string; label: string } | null {
  const address = safeAddress(src, IMAGE_SCHEMES);
  if (address === null) return null;
  // The authority after the scheme, without any user name and password before an "@".
  const authority = /^https?:\/\/([^/?#\\]+)/i.exec(address)?.[1];
  if (!authority) return null;
  const host = authority.slice(authority.lastIndexOf('@') + 1).toLowerCase();
  const description = alt.trim();
  return {
    href: address,
    label: description ? `Image: ${description} (${host})` : `Image on ${host}`,
  };
}
