import { LINK_SCHEMES, remoteImageLink, safeAddress } from './safe-markup';

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

describe('remoteImageLink', () => {
  it('links an image from another site, naming the site', () => {
    expect(remoteImageLink('https://cdn.example.com/a.png', ' Wiring diagram ')).toEqual({
      href: 'https://cdn.example.com/a.png',
      label: 'Image: Wiring diagram (cdn.example.com)',
    });
    expect(remoteImageLink('https://me:secret@CDN.example.com/a.png', 'A')?.label).toBe(
      'Image: A (cdn.example.com)',
    );
    expect(remoteImageLink('http://x.example:8080/p.gif', '')).toEqual({
      href: 'http://x.example:8080/p.gif',
      label: 'Image on x.example:8080',
    });
  });

  it('leaves images from Foyer itself, and refuses what is no image address', () => {
    expect(remoteImageLink('/api/files/abc', 'Screenshot')).toBeNull();
    expect(remoteImageLink('javascript:alert(1)', 'x')).toBeNull();
  });
});
