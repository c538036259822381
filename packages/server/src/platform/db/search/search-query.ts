/**
 * What a person typed into the search box, taken apart into parts each database adapter turns
 * into its own query syntax — always as quoted strings or bound parameters, so nothing typed
 * can act as FTS5 or tsquery syntax.
 *
 *   install agent      both words (stemmed: "installing" matches "install")
 *   "install the agent" the words as a phrase
 *   install age        search-as-you-type: the last word also matches as a prefix
 *   "install the ag    a phrase still being typed: "install the", then a word beginning "ag",
 *                      the three side by side first
 */
export interface SearchQuery {
  /** Words that must all occur, as typed (a chunk such as "7.2" is one term). Stop words are left out. */
  terms: string[];
  /** Quoted phrases, as typed between the quotes. */
  phrases: string[];
  /**
   * The last word, still being typed: it matches any word it begins. `stems` are shorter forms
   * to try as prefixes too, so that "configuratio" finds "configuration" although the index
   * keeps that word as its stem "configur".
   */
  prefix: { word: string; stems: string[] } | null;
  /**
   * The unquoted words in order, stop words included, when there are two or more: an item that
   * has them next to each other ranks above one where they are scattered.
   */
  proximity: string[] | null;
}

/** Shorter prefixes expand to too many words to be useful (or fast). */
export const MIN_PREFIX_LENGTH = 2;
/** Longer queries are cut: nobody types more, and each part costs. */
const MAX_QUERY_LENGTH = 200;
const MAX_PARTS = 8;

/**
 * Words too common to narrow anything: PostgreSQL's english stop words (its english.stop, the
 * Snowball project's list), so that both databases leave out the same words. PostgreSQL's full-text
 * configuration drops these from documents and queries, so on it a search for "not" or "other"
 * could never match; SQLite's FTS5 keeps every word, and without this list the same search found
 * different articles there. Leaving them out also keeps "how to install the agent" as fast as
 * "install agent".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she ' +
    'her hers herself it its itself they them their theirs themselves what which who whom this that ' +
    'these those am is are was were be been being have has had having do does did doing a an the and ' +
    'but if or because as until while of at by for with about against between into through during ' +
    'before after above below to from up down in out on off over under again further then once here ' +
    'there when where why how all any both each few more most other some such no nor not only own ' +
    'same so than too very s t can will just don should now'
  ).split(' '),
);

/**
 * Word endings a stemmer removes. When the last word typed ends with the beginning of one of
 * them ("configur|atio", "install|a"), the word without it is tried as a prefix too.
 */
const SUFFIXES = [
  'ation',
  'ations',
  'ing',
  'ings',
  'ion',
  'ions',
  'ment',
  'ments',
  'ness',
  'able',
  'ible',
  'ity',
  'ities',
  'ies',
  'ied',
  'ed',
  'er',
  'ers',
  'es',
  'ly',
  'ize',
  'ized',
  'izing',
  'ise',
  'ised',
  'ising',
];
const MIN_STEM_LENGTH = 4;

const WORD = /^[\p{L}\p{N}]+$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Parses the search box. `typing` marks the last word as unfinished (search-as-you-type),
 * unless the input ends with a space or a quote. Null when nothing searchable is left.
 */
export function parseSearchQuery(
  input: string,
  options: { typing?: boolean } = {},
): SearchQuery | null {
  const text = input
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u001F\u007F\uE000\uE001]/g, ' ')
    .slice(0, MAX_QUERY_LENGTH);
  const phrases: string[] = [];
  const typing = options.typing !== false;
  // An unclosed quote runs to the end: the person is still typing the phrase. Unless a space
  // follows it, its last word is the word being typed: the words before it are the phrase, and
  // all of them side by side rank first.
  const open: { phrase: string[] | null } = { phrase: null };
  const outside = text.replace(/"([^"]*)("|$)/g, (_match, phrase: string, closing: string) => {
    const words = phrase
      .trim()
      .split(/\s+/)
      .filter((word) => HAS_WORD.test(word));
    if (typing && closing === '' && /\S$/.test(phrase) && words.every((w) => WORD.test(w))) {
      open.phrase = words.map((word) => word.toLowerCase());
      words.pop();
      if (words.some((word) => !STOP_WORDS.has(word.toLowerCase()))) phrases.push(words.join(' '));
    } else if (words.length > 0) {
      phrases.push(words.join(' '));
    }
    return ' ';
  });
  const chunks = outside
    .split(/\s+/)
    .map(trimPunctuation)
    .filter((chunk) => HAS_WORD.test(chunk));

  let prefix: SearchQuery['prefix'] = null;
  const openPhrase = open.phrase;
  const typingLast = typing && /[^\s"]$/.test(outside);
  const last = openPhrase ? openPhrase[openPhrase.length - 1] : chunks[chunks.length - 1];
  if ((openPhrase || typingLast) && last !== undefined && WORD.test(last)) {
    if (!openPhrase) chunks.pop();
    const word = last.toLowerCase();
    if ([...word].length >= MIN_PREFIX_LENGTH) prefix = { word, stems: stemsOf(word) };
  }

  const words = chunks.map((chunk) => chunk.toLowerCase());
  const terms = unique(words.filter((word) => !STOP_WORDS.has(word)));
  const ordered = openPhrase ?? (prefix ? [...words, prefix.word] : words);
  const proximity = ordered.length >= 2 && ordered.every((w) => WORD.test(w)) ? ordered : null;

  const parts = terms.length + phrases.length + (prefix ? 1 : 0);
  if (parts === 0) return null;
  if (parts > MAX_PARTS) {
    return {
      terms: terms.slice(0, Math.max(0, MAX_PARTS - phrases.length)),
      phrases: phrases.slice(0, MAX_PARTS),
      prefix: null,
      proximity: null,
    };
  }
  return { terms, phrases, prefix, proximity };
}

function stemsOf(word: string): string[] {
  const stems = new Set<string>();
  for (let cut = 1; cut <= 5 && word.length - cut >= MIN_STEM_LENGTH; cut++) {
    const tail = word.slice(-cut);
    if (SUFFIXES.some((suffix) => suffix.length > tail.length && suffix.startsWith(tail)))
      stems.add(word.slice(0, -cut));
  }
  // Stemmers turn a final y into i ("zephy" → "zephi"), which no longer begins "zephyrium".
  if (word.endsWith('y') && word.length - 1 >= MIN_STEM_LENGTH) stems.add(word.slice(0, -1));
  return [...stems];
}

function trimPunctuation(chunk: string): string {
  return chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
