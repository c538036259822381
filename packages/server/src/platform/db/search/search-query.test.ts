import { parseSearchQuery } from './search-query';
import { matchExpression, togetherExpression } from './sqlite-search-index';
import { compile } from './postgres-search-index';
import { indexableText, markedToHtml, MARK_CLOSE, MARK_OPEN } from './highlight';

describe('parseSearchQuery', () => {
  it('takes words, leaves out stop words, and treats the last word as a prefix while typing', () => {
    expect(parseSearchQuery('how to install the agen')).toEqual({
      terms: ['install'],
      phrases: [],
      prefix: { word: 'agen', stems: [] },
      proximity: ['how', 'to', 'install', 'the', 'agen'],
    });
  });

  it('takes the last word as a whole word once a space follows it', () => {
    expect(parseSearchQuery('install agent ')).toMatchObject({
      terms: ['install', 'agent'],
      prefix: null,
    });
    expect(parseSearchQuery('install agent', { typing: false })).toMatchObject({
      terms: ['install', 'agent'],
      prefix: null,
    });
  });

  it('reads quoted phrases, an unclosed quote running to the end', () => {
    expect(parseSearchQuery('"install the agent" proxy ')).toMatchObject({
      terms: ['proxy'],
      phrases: ['install the agent'],
      prefix: null,
    });
    // Still typing the phrase: its last word is the word being typed, the words before it the
    // phrase, and all of them side by side rank first.
    expect(parseSearchQuery('proxy "install the ag')).toMatchObject({
      terms: ['proxy'],
      phrases: ['install the'],
      prefix: { word: 'ag' },
      proximity: ['install', 'the', 'ag'],
    });
    expect(parseSearchQuery('proxy "install the agent ')).toMatchObject({
      terms: ['proxy'],
      phrases: ['install the agent'],
      prefix: null,
    });
    expect(parseSearchQuery('"the ag')).toMatchObject({
      phrases: [],
      prefix: { word: 'ag' },
      proximity: ['the', 'ag'],
    });
  });

  it('offers shorter stems for a word cut in the middle of its ending', () => {
    expect(parseSearchQuery('configuratio')?.prefix).toEqual({
      word: 'configuratio',
      stems: ['configurat', 'configur'],
    });
    expect(parseSearchQuery('installa')?.prefix).toEqual({ word: 'installa', stems: ['install'] });
  });

  it('ignores a one-letter last word and finds nothing in stop words alone', () => {
    expect(parseSearchQuery('agent v')).toMatchObject({ terms: ['agent'], prefix: null });
    expect(parseSearchQuery('v')).toBeNull();
    expect(parseSearchQuery('the of and ')).toBeNull();
    expect(parseSearchQuery('  "" ** ')).toBeNull();
  });

  it('keeps a typed stop word as a prefix: "in" may be the start of "install"', () => {
    expect(parseSearchQuery('in')?.prefix?.word).toBe('in');
  });

  it('caps the number of parts', () => {
    const query = parseSearchQuery(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '))!;
    expect(query.terms.length + query.phrases.length + (query.prefix ? 1 : 0)).toBeLessThanOrEqual(
      8,
    );
  });
});

describe('query syntax typed into the box is only ever text', () => {
  const hostile = [
    'proxy" OR title:*',
    'NEAR(a b) AND NOT c*',
    '{title body} : x',
    "agent') || to_tsquery('x",
    "'a':* & !b | c <-> d",
    '"""',
    'a\u0000b',
  ];

  it.each(hostile)('FTS5: %j becomes quoted strings only', (input) => {
    const query = parseSearchQuery(input);
    if (!query) return;
    const fts = [matchExpression(query), togetherExpression(query) ?? ''].join(' AND ');
    // Outside the quoted strings only our own operators appear.
    const outside = fts.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).toMatch(/^[\s()*]*(?:(?:AND|OR)[\s()*]*)*$/);
  });

  it.each(hostile)('PostgreSQL: %j reaches SQL as parameters only', (input) => {
    const query = parseSearchQuery(input);
    if (!query) return;
    const compiled = compile(query);
    // The only literals are the configuration names; everything typed is a :parameter.
    expect(compiled.required.replace(/'english'|'simple'/g, '')).not.toContain("'");
    for (const [name, value] of Object.entries(compiled.parameters)) {
      if (name.startsWith('prefix') || name === 'proximity')
        expect(value).toMatch(/^'[\p{L}\p{N}]+'(:\*)?( <-> '[\p{L}\p{N}]+'(:\*)?)*$/u);
    }
  });
});

describe('highlighted HTML', () => {
  it('escapes the document and marks only the hits', () => {
    const marked = `<img src=x onerror=alert(1)> ${MARK_OPEN}proxy${MARK_CLOSE} & "quotes"`;
    expect(markedToHtml(marked)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>proxy</mark> &amp; &quot;quotes&quot;',
    );
  });

  it('cannot be forged by the document: markers are stripped before indexing', () => {
    expect(indexableText(`a${MARK_OPEN}b${MARK_CLOSE}c\u0007`)).toBe('abc ');
  });

  it('closes a mark left open', () => {
    expect(markedToHtml(`${MARK_OPEN}abc`)).toBe('<mark>abc</mark>');
  });

  it('ignores a second opening and a closing with nothing open', () => {
    expect(
      markedToHtml(`${MARK_CLOSE}a${MARK_OPEN}${MARK_OPEN}b${MARK_CLOSE}${MARK_CLOSE}c<`),
    ).toBe('a<mark>b</mark>c&lt;');
  });
});
