import { LINK_SCHEMES, safeAddress } from './safe-address';

describe('safeAddress', () => {
  it.each([
    ['https://example.com', 'https://example.com'],
    ['mailto:help@example.com', 'mailto:help@example.com'],
    ['/kb/other', '/kb/other'],
    ['#section', '#section'],
    [' /kb/other ', '/kb/other'],
    ['javascript:alert(1)', null],
    [' java\nscript:alert(1)', null],
    ['JaVa\tScRiPt:alert(1)', null],
    ['vbscript:x', null],
    ['data:text/html,x', null],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['\\\\evil.example', null],
    ['java\u0000script:alert(1)', null],
  ])('treats the address %j as %j', (address, expected) => {
    expect(safeAddress(address, LINK_SCHEMES)).toBe(expected);
  });

  it('allows only the schemes it is given', () => {
    expect(safeAddress('mailto:help@example.com', ['http', 'https'])).toBeNull();
  });
});
