import { safeReturnPath } from './paths';

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
