import { formatDay, formatSize } from './format';

describe('formatSize', () => {
  it('counts bytes below a kilobyte and uses decimal units above', () => {
    expect(formatSize(999)).toBe('999 bytes');
    expect(formatSize(5_100)).toBe('5.1 KB');
    expect(formatSize(48_000_000)).toBe('48 MB');
  });
});

describe('formatDay', () => {
  it('reads an ISO day without a time zone moving it to the day before', () => {
    expect(formatDay('2030-05-01')).toBe('May 1, 2030');
    expect(formatDay('2030-12-31', { compact: true })).toBe('31 Dec 2030');
  });

  it('leaves what is not a day as it came', () => {
    expect(formatDay('soon')).toBe('soon');
  });
});
