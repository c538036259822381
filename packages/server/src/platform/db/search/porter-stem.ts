/**
 * Porter's stemming algorithm (M.F. Porter, "An algorithm for suffix stripping", 1980) as the
 * porter tokenizer of SQLite's FTS5 applies it to every token, in the index and in queries
 * alike: lower-case tokens of 3 to 64 characters, with "logi" → "log" among the step 2 rules and
 * y counted as a vowel after a consonant. porter-stem.test.ts holds it to FTS5's own output.
 *
 * The search needs it because FTS5 stems a prefix typed into the search box as if it were a
 * whole word: "ins" becomes "in" and "analys" becomes "anali", so the prefix then matches the
 * wrong words, or none (sqlite-search-index.ts).
 */
export function porterStem(token: string): string {
  if (token.length < 3 || token.length > MAX_TOKEN) return token;
  let word = step1a(token);
  word = step1b(word);
  word = step1c(word);
  word = replaceSuffix(word, STEP_2, (stem) => measure(stem) > 0);
  word = replaceSuffix(word, STEP_3, (stem) => measure(stem) > 0);
  word = step4(word);
  word = step5a(word);
  return step5b(word);
}

/** FTS5 passes longer tokens through unchanged. */
const MAX_TOKEN = 64;

const STEP_2: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['logi', 'log'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
];

const STEP_3: ReadonlyArray<readonly [string, string]> = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

const STEP_4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

function step1a(word: string): string {
  if (!word.endsWith('s')) return word;
  if ((word.length > 4 && word.endsWith('sses')) || (word.length > 3 && word.endsWith('ies')))
    return word.slice(0, -2);
  if (word.endsWith('ss')) return word;
  return word.slice(0, -1);
}

function step1b(word: string): string {
  if (word.length > 3 && word.endsWith('eed')) {
    const stem = word.slice(0, -3);
    return measure(stem) > 0 ? `${stem}ee` : word;
  }
  for (const suffix of ['ed', 'ing']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return stem.length > 0 && hasVowel(stem) ? tidyAfter1b(stem) : word;
  }
  return word;
}

/** After "ed" or "ing" went: restore an e, or undo a doubled consonant ("hopp" → "hop"). */
function tidyAfter1b(stem: string): string {
  if (stem.length > 2 && (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')))
    return `${stem}e`;
  // A doubled letter that is not a vowel (y included, here).
  const last = stem[stem.length - 1]!;
  if (stem.length > 1 && last === stem[stem.length - 2] && !'aeioulsz'.includes(last))
    return stem.slice(0, -1);
  if (measure(stem) === 1 && endsConsonantVowelConsonant(stem)) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  return word.endsWith('y') && hasVowel(word.slice(0, -1)) ? `${word.slice(0, -1)}i` : word;
}

/** The longest listed suffix the word ends with decides; its condition may still say no. */
function replaceSuffix(
  word: string,
  rules: ReadonlyArray<readonly [string, string]>,
  condition: (stem: string) => boolean,
): string {
  let match: readonly [string, string] | null = null;
  for (const rule of rules) {
    if (word.length > rule[0].length && word.endsWith(rule[0])) {
      if (!match || rule[0].length > match[0].length) match = rule;
    }
  }
  if (!match) return word;
  const stem = word.slice(0, -match[0].length);
  return condition(stem) ? stem + match[1] : word;
}

function step4(word: string): string {
  return replaceSuffix(
    word,
    STEP_4.map((suffix) => [suffix, ''] as const),
    (stem) => measure(stem) > 1 && (!word.endsWith('ion') || /[st]$/.test(stem)),
  );
}

function step5a(word: string): string {
  if (!word.endsWith('e')) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsConsonantVowelConsonant(stem)) ? stem : word;
}

function step5b(word: string): string {
  return word.length > 1 && word.endsWith('ll') && measure(word.slice(0, -1)) > 1
    ? word.slice(0, -1)
    : word;
}

/** a, e, i, o, u, and y after a consonant. */
function consonantPattern(word: string): boolean[] {
  const consonant: boolean[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const vowel = 'aeiou'.includes(c) || (c === 'y' && i > 0 && consonant[i - 1] === true);
    consonant.push(!vowel);
  }
  return consonant;
}

/** m in [C](VC)^m[V]: how many vowel-consonant sequences the stem holds. */
function measure(stem: string): number {
  let m = 0;
  let previous: boolean | null = null;
  for (const consonant of consonantPattern(stem)) {
    if (consonant && previous === false) m++;
    previous = consonant;
  }
  return m;
}

/** *v*: a vowel anywhere, y counting as one after the first letter. */
function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) {
    if ('aeiou'.includes(stem[i]!) || (stem[i] === 'y' && i > 0)) return true;
  }
  return false;
}

/** *o: consonant, vowel, consonant at the end, the last not w, x or y. */
function endsConsonantVowelConsonant(stem: string): boolean {
  const n = stem.length;
  if (n < 3 || 'wxy'.includes(stem[n - 1]!)) return false;
  const c = consonantPattern(stem);
  return c[n - 3] === true && c[n - 2] === false && c[n - 1] === true;
}
