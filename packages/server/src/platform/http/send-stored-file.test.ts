import { contentDisposition, parseRange } from './send-stored-file';

describe('parseRange, for a file of 1000 bytes', () => {
  it.each([
    ['no header', undefined, null],
    ['a closed range', 'bytes=0-99', { start: 0, end: 99 }],
    ['an open range', 'bytes=900-', { start: 900, end: 999 }],
    ['the last 100 bytes', 'bytes=-100', { start: 900, end: 999 }],
    ['a suffix longer than the file', 'bytes=-5000', { start: 0, end: 999 }],
    ['an end past the file, clamped', 'bytes=990-5000', { start: 990, end: 999 }],
    ['the last byte', 'bytes=999-999', { start: 999, end: 999 }],
    ['a start past the end', 'bytes=1000-', 'unsatisfiable'],
    ['an empty suffix', 'bytes=-0', 'unsatisfiable'],
    ['an end before the start (ignored)', 'bytes=500-100', null],
    ['several ranges (whole file)', 'bytes=0-1,5-6', null],
    ['another unit', 'items=0-5', null],
    ['nonsense', 'bytes=a-b', null],
  ])('%s', (_label, header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });
});

describe('contentDisposition', () => {
  it('keeps the exact name in filename* and an ASCII stand-in in filename', () => {
    expect(contentDisposition('attachment', 'Übersicht "neu".pdf')).toBe(
      `attachment; filename="_bersicht _neu_.pdf"; filename*=UTF-8''%C3%9Cbersicht%20%22neu%22.pdf`,
    );
  });
});
