/**
 * Which web pages may talk to the server. A browser sends `Origin` with every WebSocket upgrade and
 * every cross-site request; a page on another site, open in the facilitator's browser, would reach
 * the server as this computer (loopback, which the limits per address exempt) and could drive it.
 * So a request whose Origin is not the server's own (the Host it was asked for) is refused. A
 * request without an Origin comes from a script or a tool, not a page: it is served as before.
 */
import type { IncomingMessage } from 'node:http';

/**
 * Why `req` is refused as coming from another site's page, or null when it may be served: it has
 * no Origin, or its Origin names the Host the request was sent to (any scheme: behind a TLS proxy
 * the page is `https://` while the server sees plain HTTP).
 *
 * @example
 * // Host: 192.168.1.20:8080
 * foreignOrigin(req); // Origin http://192.168.1.20:8080 → null; Origin http://evil.example → 'this server takes …'
 */
export function foreignOrigin(req: IncomingMessage): string | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  const host = req.headers.host?.toLowerCase();
  if (host !== undefined && hostOf(origin) === host) return null;
  return `this server takes requests only from its own pages: Origin ${printable(origin)} is another site`;
}

/** The `host[:port]` of an origin, lower case, or null (`null`, a malformed origin). */
function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** An origin as it may appear in a one-line answer: printable ASCII, at most 100 characters. */
function printable(origin: string): string {
  return origin.replace(/[^\x20-\x7e]/g, '?').slice(0, 100);
}
