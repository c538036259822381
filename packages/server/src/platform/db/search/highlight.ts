/**
 * Highlights come back from the database as the document's own text with these two characters
 * around each hit. They are Unicode private-use characters, stripped from everything indexed, so
 * a document cannot forge one; the text is escaped first and only then do they become <mark>.
 */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

const MARKERS = /[\uE000\uE001]/g;
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text safe to index: no highlight markers, no control characters. */
export function indexableText(text: string): string {
  return text.replace(MARKERS, '').replace(CONTROL, ' ');
}

/** HTML safe to render: every character of the document escaped, hits wrapped in <mark>. */
export function markedToHtml(marked: string): string {
  // Two regular-expression passes rather than a loop over the characters: a page of results
  // converts 60 snippets, and the loop was a tenth of a millisecond of each search.
  const escaped = marked.replace(HTML_SPECIAL, (char) => ESCAPES[char]!);
  let open = false;
  const html = escaped.replace(MARKERS, (marker) => {
    if ((marker === MARK_OPEN) === open) return ''; // a second opening, or a stray closing
    open = !open;
    return open ? '<mark>' : '</mark>';
  });
  return open ? `${html}</mark>` : html;
}

export function hasMark(marked: string): boolean {
  return marked.includes(MARK_OPEN);
}

const HTML_SPECIAL = /[&<>"']/g;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
