/**
 * A Redis address as users write it: `redis://[user:pass@]HOST:PORT[/DB]`, or `rediss://` for TLS.
 * Parsed here, not by the client library, so that a typo is refused in one line naming the flag,
 * and so that the password never appears in a message.
 */

/** How to reach a Redis: what both ioredis and BullMQ take as connection options. */
export interface RedisConnection {
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly username?: string;
  readonly password?: string;
  readonly tls?: { readonly servername: string };
  /** BullMQ's blocking connections must wait for Redis rather than fail a command. */
  readonly maxRetriesPerRequest: null;
}

/** A parsed Redis address: the client's options, and how to name it in messages (no password). */
export interface RedisTarget {
  readonly options: RedisConnection;
  readonly display: string;
}

/**
 * Reads a Redis URL.
 *
 * @returns the target, or why the text is not one
 * @example
 * parseRedisUrl('redis://127.0.0.1:6379/2'); // { options: { host: '127.0.0.1', port: 6379, db: 2, … }, display: 'redis://127.0.0.1:6379/2' }
 */
export function parseRedisUrl(text: string): RedisTarget | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not a URL: expected redis://[user:pass@]HOST:PORT[/DB] or rediss://…';
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return `unknown scheme ${url.protocol.slice(0, 20)} (expected redis:// or rediss://)`;
  if (url.hostname === '') return 'no host (expected redis://HOST:PORT)';
  if (url.search !== '' || url.hash !== '') return 'query strings and fragments are not read: remove them';
  const port = url.port === '' ? 6379 : Number(url.port);
  const path = url.pathname.replace(/^\//, '');
  if (!/^\d{0,2}$/.test(path)) return `the database must be a number from 0 to 15 after the port (got /${path.slice(0, 20)})`;
  const db = path === '' ? 0 : Number(path);
  if (db > 15) return `the database must be from 0 to 15 (got ${db})`;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const options: RedisConnection = {
    host,
    port,
    db,
    ...(url.username === '' ? {} : { username: decodeURIComponent(url.username) }),
    ...(url.password === '' ? {} : { password: decodeURIComponent(url.password) }),
    ...(url.protocol === 'rediss:' ? { tls: { servername: host } } : {}),
    maxRetriesPerRequest: null,
  };
  const who = url.username === '' ? '' : `${url.username}${url.password === '' ? '' : ':***'}@`;
  return { options, display: `${url.protocol}//${who}${url.host}${db === 0 ? '' : `/${db}`}` };
}
