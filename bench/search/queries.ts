import { STOP_WORDS } from '@foyer/server/src/platform/db/search/search-query';
import { ERROR_CODE_MAX, ERROR_CODE_MIN, vocabularyOf } from './corpus';
import { Random } from './random';

export const QUERY_CLASSES = ['rare', 'and', 'prefix', 'common'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export const CLASS_LABELS: Record<QueryClass, string> = {
  rare: 'rare term',
  and: 'two-term AND',
  prefix: 'prefix 3-8',
  common: 'common words',
};

/**
 * The fixed query lists, drawn from the corpus's own vocabulary with the seed. What the search box
 * sends: a finished word ends with a space; the prefix class is a word still being typed (no
 * space), which the search matches as a prefix (and by its shorter stems).
 *
 *   rare    an error code such as "E4821": in a handful of articles (three on average), or none
 *   and     two words of the middle of the vocabulary (frequency ranks 100 to 2,500), both required
 *   prefix  the first 3 to 8 letters (drawn uniformly) of a word among the 3,000 most frequent
 *   common  one or two of the 25 most frequent words that are not stop words (each in most articles)
 */
export function buildQueries(seed: number, perClass: number): Record<QueryClass, string[]> {
  const vocabulary = vocabularyOf(seed);
  const random = new Random(seed).fork('queries');
  const words = vocabulary.words;
  const searchable = (rank: number) => !STOP_WORDS.has(words[rank]!);
  const ranks = (from: number, to: number) =>
    vocabulary.contentRanks.filter((r) => r >= from && r < to && searchable(r));
  const middle = ranks(100, 2500);
  const forPrefixes = ranks(0, 3000);
  const common = words.flatMap((w, rank) => (searchable(rank) ? [rank] : [])).slice(0, 25);

  const list = (make: () => string) => Array.from({ length: perClass }, make);
  return {
    rare: list(() => `E${random.int(ERROR_CODE_MIN, ERROR_CODE_MAX)} `),
    and: list(() => {
      const a = random.pick(middle);
      let b = random.pick(middle);
      while (b === a) b = random.pick(middle);
      return `${words[a]} ${words[b]} `;
    }),
    prefix: list(() => {
      const length = random.int(3, 8);
      let word = words[random.pick(forPrefixes)]!;
      while (word.length < length) word = words[random.pick(forPrefixes)]!;
      return word.slice(0, length);
    }),
    common: list(() => {
      const a = random.pick(common);
      if (random.chance(0.7)) return `${words[a]} `;
      let b = random.pick(common);
      while (b === a) b = random.pick(common);
      return `${words[a]} ${words[b]} `;
    }),
  };
}
