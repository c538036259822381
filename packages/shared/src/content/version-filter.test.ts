import { versionWithin } from './version-filter';

describe('versionWithin', () => {
  it.each([
    ['5', '5', true],
    ['5.0', '5', true],
    ['5.2.1', '5', true],
    ['5.0', '5.0', true],
    ['5.0.3', '5.0', true],
    ['5.0', ' 5.0 ', true],
    ['50', '5', false],
    ['5.01', '5.0', false],
    ['5.0', '5.0.1', false],
    ['4.5', '5', false],
    ['2024.1', '2024', true],
  ])('version %s under the filter %s: %s', (version, filter, expected) => {
    expect(versionWithin(version, filter)).toBe(expected);
  });

  it('takes an item of no version only when no version is asked for', () => {
    expect(versionWithin(null, '5')).toBe(false);
    expect(versionWithin(null, '')).toBe(true);
    expect(versionWithin('5.0', '')).toBe(true);
  });
});
