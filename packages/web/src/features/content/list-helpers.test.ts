import { filterOptions } from './address-filters';
import { countText } from './paged-list';

describe('filterOptions', () => {
  it('offers "All" first, then each value once in alphabetical order, keeping the chosen one', () => {
    expect(
      filterOptions('All products', ['beacon', null, 'atlas', 'beacon'], 'zephyr', (code) =>
        code.toUpperCase(),
      ),
    ).toEqual([
      { value: '', label: 'All products' },
      { value: 'atlas', label: 'ATLAS' },
      { value: 'beacon', label: 'BEACON' },
      { value: 'zephyr', label: 'ZEPHYR' },
    ]);
  });
});

describe('countText', () => {
  it('counts the items, and says when filters are on', () => {
    expect(countText(1, false, ['article', 'articles'])).toBe('1 article.');
    expect(countText(3, true, ['update', 'updates'])).toBe('3 updates match the filters.');
    expect(countText(1, true, ['update', 'updates'])).toBe('1 update matches the filters.');
  });
});
