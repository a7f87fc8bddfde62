/**
 * Which client a socket comes from, as the limits per address see it. An IPv4 address is one
 * client (a classroom behind one NAT is one client too). An IPv6 address is grouped by its /64
 * prefix: one machine may draw any number of addresses from its network's /64 (privacy addresses),
 * so a limit per full IPv6 address would limit nothing.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** IPv4 written as IPv6 (`::ffff:1.2.3.4`), how a dual-stack listener reports IPv4 clients. */
const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * The key the limits count a client under: the IPv4 address, or an IPv6 address's /64 prefix.
 * Anything else (a socket already gone reports no address) falls in one shared bucket.
 *
 * @example
 * addressKey('::ffff:192.168.1.20');       // '192.168.1.20'
 * addressKey('2001:db8:1:2:aaaa::1');      // '2001:db8:1:2::/64'
 * addressKey(undefined);                   // 'unknown'
 */
export function addressKey(remote: string | undefined): string {
  const address = unmapped(remote ?? '');
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${prefix64(address)}::/64`;
  return 'unknown';
}

/**
 * Whether a client is this computer's own loopback address (127.0.0.1 or ::1): the facilitator's
 * own machine, its load test, or a reverse proxy in front of every client. The rest of 127.0.0.0/8
 * counts as any other address: a test stands a classroom there without leaving this machine.
 */
export function isLoopback(remote: string | undefined): boolean {
  const address = unmapped(remote ?? '');
  if (isIPv4(address)) return address === '127.0.0.1';
  return isIPv6(address) && groups(address).map((g) => parseInt(g, 16)).join(':') === '0:0:0:0:0:0:0:1';
}

/** The IPv4 address inside an IPv4-mapped IPv6 address; any other address unchanged. */
function unmapped(address: string): string {
  return MAPPED_IPV4.exec(address)?.[1] ?? address;
}

/** The first four groups of an IPv6 address, without leading zeros (`2001:db8:0:0`). */
function prefix64(address: string): string {
  return groups(address)
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':');
}

/** The eight groups of a valid IPv6 address, `::` expanded (an embedded IPv4 tail counts as two). */
function groups(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const split = (part: string): string[] => (part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['v4', 'v4'] : [g])));
  const left = split(head);
  if (tail === undefined) return left;
  const right = split(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}

