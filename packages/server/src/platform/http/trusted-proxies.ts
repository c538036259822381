import net from 'node:net';

/**
 * The proxies whose X-Forwarded-For and X-Forwarded-Proto Foyer believes, in a form Express's
 * `trust proxy` takes as is: addresses, CIDR ranges and Express's named ranges, or a hop count.
 * The client address they yield keys the per-address rate limits, and the protocol decides
 * whether the session cookie is Secure.
 */
export type TrustedProxies = string[] | number;

export const DEFAULT_TRUSTED_PROXIES: TrustedProxies = ['loopback'];

/** Ranges Express (proxy-addr) knows by name. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Reads TRUSTED_PROXIES: `loopback,10.0.0.5,10.1.0.0/16` or a hop count such as `1`. Unset or
 * empty keeps the default. Anything else stops the start-up with what to write instead.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return DEFAULT_TRUSTED_PROXIES;
  // Express would take `true` (or a /0 range) as "every peer is a proxy": the client address
  // would then be the left-most X-Forwarded-For entry, which the client itself writes.
  if (/^(true|yes|on|\*|all)$/i.test(trimmed)) throw new Error(trustsEveryone(value!));
  if (/^\d+$/.test(trimmed)) return Number(trimmed);

  const entries = trimmed
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return DEFAULT_TRUSTED_PROXIES;
  return entries.map((entry) => {
    const named = entry.toLowerCase();
    if (NAMED_RANGES.includes(named)) return named;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (family === 0 || rest.length > 0) throw new Error(notAProxy(value!, entry));
    if (prefix === undefined) return entry;
    if (!/^\d+$/.test(prefix) || Number(prefix) > bits) throw new Error(notAProxy(value!, entry));
    if (Number(prefix) === 0) throw new Error(trustsEveryone(value!));
    return entry;
  });
}

/** How the start-up lines name the trusted proxies. */
export function describeTrustedProxies(proxies: TrustedProxies): string {
  if (typeof proxies === 'number')
    return proxies === 0
      ? 'none (X-Forwarded-For is ignored)'
      : `the ${proxies} nearest hop${proxies === 1 ? '' : 's'}, whatever their address`;
  return proxies.join(', ');
}

const WHAT_TO_WRITE =
  'Write the proxies’ addresses or CIDR ranges, comma-separated (e.g. 10.0.0.5,10.1.0.0/16), ' +
  'optionally with loopback, linklocal or uniquelocal; or the number of proxies every request ' +
  'passes through (e.g. 1).';

function notAProxy(value: string, entry: string): string {
  return `TRUSTED_PROXIES must name proxies, not "${value}": "${entry}" is not an IP address, a CIDR range or loopback, linklocal, uniquelocal. ${WHAT_TO_WRITE}`;
}

function trustsEveryone(value: string): string {
  return `TRUSTED_PROXIES="${value}" would trust every client's X-Forwarded-For, so anyone could pick the address the rate limits count them by. ${WHAT_TO_WRITE}`;
}
