import { loadConfig } from '../config';

const trustedProxies = (value: string | undefined) =>
  loadConfig({ TRUSTED_PROXIES: value }).trustedProxies;

describe('TRUSTED_PROXIES', () => {
  it('trusts a proxy on the same host unless told otherwise', () => {
    expect(trustedProxies(undefined)).toEqual(['loopback']);
    expect(trustedProxies(' ')).toEqual(['loopback']);
  });

  it('takes addresses, CIDR ranges and named ranges, comma-separated, or a hop count', () => {
    expect(trustedProxies('loopback, 10.0.0.5,10.1.0.0/16 ,2001:db8::/32,UniqueLocal')).toEqual([
      'loopback',
      '10.0.0.5',
      '10.1.0.0/16',
      '2001:db8::/32',
      'uniquelocal',
    ]);
    expect(trustedProxies('2')).toBe(2);
  });

  it.each(['10.0.0.300', 'lb.internal', '10.0.0.0/33', '10.0.0.0/8/8', '1, 10.0.0.5'])(
    'refuses "%s", saying what to write',
    (value) => {
      expect(() => trustedProxies(value)).toThrow(
        /^TRUSTED_PROXIES must name proxies, not ".*": ".*" is not an IP address, a CIDR range or loopback, linklocal, uniquelocal\. Write the proxies’ addresses or CIDR ranges, comma-separated \(e\.g\. 10\.0\.0\.5,10\.1\.0\.0\/16\)/,
      );
    },
  );

  it.each(['true', '*', '0.0.0.0/0', '10.0.0.5,::/0'])(
    'refuses "%s", which would let any client pick its own address',
    (value) => {
      expect(() => trustedProxies(value)).toThrow(
        `TRUSTED_PROXIES="${value}" would trust every client's X-Forwarded-For, so anyone could pick the address the rate limits count them by.`,
      );
    },
  );
});
