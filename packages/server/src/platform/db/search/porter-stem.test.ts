import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { porterStem } from './porter-stem';

/**
 * Every word of the demo world's articles, news, courses and questions, plus forms that reach each
 * rule of the algorithm: about two thousand words of the kind a knowledge base holds.
 */
function wordsToCheck(): string[] {
  const seedDir = path.join(__dirname, '../../../seed');
  const text = fs
    .readdirSync(seedDir)
    .filter((file) => file.endsWith('.data.ts'))
    .map((file) => fs.readFileSync(path.join(seedDir, file), 'utf8'))
    .join(' ');
  const rules =
    'caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky ' +
    'relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti ' +
    'triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize ' +
    'probate rate cease controll roll analysis analyst analyze business busy yyy sses ies ied eed';
  return [...new Set(`${text} ${rules}`.toLowerCase().match(/[a-z]+/g) ?? [])];
}

/** What FTS5's porter tokenizer makes of each word: one row per word, read back from its vocabulary. */
function stemmedByFts5(words: readonly string[]): string[] {
  const db = new BetterSqlite3(':memory:');
  try {
    db.exec(
      `CREATE VIRTUAL TABLE words USING fts5(word, tokenize = 'porter unicode61 remove_diacritics 2');
       CREATE VIRTUAL TABLE stems USING fts5vocab(words, 'instance');`,
    );
    const insert = db.prepare('INSERT INTO words (rowid, word) VALUES (?, ?)');
    words.forEach((word, i) => insert.run(i + 1, word));
    const byRow = new Map<number, string>();
    for (const row of db.prepare('SELECT doc, term FROM stems').all() as Array<{
      doc: number;
      term: string;
    }>) {
      byRow.set(row.doc, row.term);
    }
    return words.map((_, i) => byRow.get(i + 1)!);
  } finally {
    db.close();
  }
}

describe('porterStem', () => {
  it('stems exactly as SQLite FTS5’s porter tokenizer does', () => {
    const words = wordsToCheck();
    expect(words.length).toBeGreaterThan(1500);
    const expected = stemmedByFts5(words);
    const differing = words
      .map((word, i) => ({ word, ours: porterStem(word), fts5: expected[i] }))
      .filter((w) => w.ours !== w.fts5);
    expect(differing).toEqual([]);
  });

  it('follows the published examples', () => {
    const examples: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      hopping: 'hop',
      filing: 'file',
      happy: 'happi',
      relational: 'relat',
      generalization: 'gener',
      adjustable: 'adjust',
      controll: 'control',
    };
    for (const [word, stem] of Object.entries(examples)) expect(porterStem(word)).toBe(stem);
  });

  it('leaves tokens shorter than three characters alone, as FTS5 does', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('ins')).toBe('in');
  });
});
