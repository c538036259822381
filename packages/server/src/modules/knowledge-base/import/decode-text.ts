import { TextDecoder } from 'node:util';

const BINARY = 'it looks like a binary file, not a text document';

/** The outcome of reading a file's bytes as text: the text, or why it is not usable. */
export type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/**
 * A document's bytes as text. A byte-order mark decides (UTF-8, UTF-16); an HTML document may
 * declare its character set in a <meta> tag; anything else must be valid UTF-8. Binary files and
 * bytes that are not valid in the encoding are refused rather than imported as garbled text.
 */
export function decodeText(bytes: Uint8Array, html: boolean): Decoded {
  let label = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, start] = ['utf-16be', 2];
  else if (html) label = declaredCharset(bytes) ?? 'utf-8';

  // Text in UTF-8 or a one-byte character set has no NUL byte; a binary file (an image, an archive
  // saved as .md) almost always has one early, and would otherwise be called invalid UTF-8.
  if (!label.startsWith('utf-16') && bytes.subarray(start).includes(0)) return { problem: BINARY };

  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return {
      problem: `it declares the character set "${label}", which is not known; save it as UTF-8`,
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(start));
  } catch {
    return {
      problem:
        decoder.encoding === 'utf-8'
          ? 'it is not valid UTF-8 text; save it as UTF-8 (or declare its character set in a <meta charset> tag for HTML)'
          : `it is not valid ${decoder.encoding} text, the character set it declares`,
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(text)) return { problem: BINARY };
  return { text };
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first 1 KB. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}
