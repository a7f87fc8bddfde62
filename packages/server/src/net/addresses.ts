/**
 * The addresses students can reach the server on. Bound to every interface (`0.0.0.0`), those are
 * the machine's non-internal IPv4 addresses (the classroom network's); bound to one address, that
 * one. A teacher who opened the console at 127.0.0.1 must still hand out links the students'
 * laptops can open, so links are built on a reachable address, never on a loopback one when
 * another exists.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/** The interfaces of the machine, by name (node:os's shape; a test passes its own). */
export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Whether `host` means "every interface". */
function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** Whether a host name or address is this computer only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127\./.test(bare);
}

/**
 * The base URLs (`http://host:port`) students can reach: every non-internal IPv4 address when
 * `host` is every interface (loopback if the machine has none), else `host` itself.
 *
 * @example
 * reachableAddresses('0.0.0.0', 8080); // ['http://192.168.1.20:8080']
 * reachableAddresses('127.0.0.1', 8080); // ['http://127.0.0.1:8080']
 */
export function reachableAddresses(host: string, port: number, interfaces: Interfaces = networkInterfaces()): string[] {
  if (!isWildcard(host)) return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
  const ips = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i.address}:${port}`);
  return ips.length > 0 ? [...new Set(ips)] : [`http://127.0.0.1:${port}`];
}

/**
 * The base URL to build a link on for a client that reached us at `requestBase`: that one, unless it
 * is a loopback address while the class can reach another (then the first of those).
 *
 * @example
 * linkBase('http://127.0.0.1:8080', ['http://192.168.1.20:8080']); // 'http://192.168.1.20:8080'
 */
export function linkBase(requestBase: string, addresses: readonly string[]): string {
  const hostOf = (url: string) => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  };
  if (!isLoopback(hostOf(requestBase))) return requestBase;
  return addresses.find((a) => !isLoopback(hostOf(a))) ?? requestBase;
}
