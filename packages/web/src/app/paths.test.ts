import {
  articlePath,
  editArticlePath,
  knowledgeBasePath,
  safeReturnPath,
  searchPath,
} from './paths';

describe('safeReturnPath', () => {
  it.each([
    [{ from: '/licences?product=atlas' }, '/licences?product=atlas'],
    [{ from: '/' }, '/'],
    [null, '/'],
    [{}, '/'],
    [{ from: 42 }, '/'],
    [{ from: 'https://evil.example/' }, '/'],
    [{ from: '//evil.example/' }, '/'],
    [{ from: '/\\evil.example/' }, '/'],
    [{ from: '/sign-in' }, '/'],
    [{ from: '/sign-in?next=x' }, '/'],
  ])('turns %j into %s', (state, expected) => {
    expect(safeReturnPath(state)).toBe(expected);
  });
});

describe('searchPath', () => {
  it.each([
    [{}, '/search'],
    [{ q: '  ' }, '/search'],
    [{ q: 'proxy settings' }, '/search?q=proxy+settings'],
    [
      { q: '"exact phrase"', kind: 'ARTICLE', product: 'atlas' },
      '/search?q=%22exact+phrase%22&kind=article&product=atlas',
    ],
    [
      { q: 'x', version: '7.2', category: 'How-to & setup' },
      '/search?q=x&version=7.2&category=How-to+%26+setup',
    ],
  ])('turns %j into %s', (search, expected) => {
    expect(searchPath(search)).toBe(expected);
  });
});

describe('article paths', () => {
  it('escapes the slug', () => {
    expect(articlePath('configure-the-proxy')).toBe('/kb/configure-the-proxy');
    expect(editArticlePath('a/b')).toBe('/kb/a%2Fb/edit');
    expect(knowledgeBasePath({ product: 'atlas', category: 'Security' })).toBe(
      '/kb?product=atlas&category=Security',
    );
    expect(knowledgeBasePath()).toBe('/kb');
  });
});
