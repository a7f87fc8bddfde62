/**
 * Serving the built client (`packages/client/dist`) from the game server's own port: GET and HEAD
 * only, a fixed table of content types, and no way out of the folder (the decoded path is resolved
 * and must stay inside it; a NUL byte or a bad escape is refused). A path without a file falls
 * back to `index.html`, so the client's own routes (`/?join=…`) load the app.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Content types by extension; anything else is served as bytes. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The built client's folder (this file is `src/net/…` or `dist/net/…`). */
export function defaultClientDir(): string {
  return fileURLToPath(new URL('../../../client/dist/', import.meta.url));
}

/**
 * The file a URL path names inside `root`, or null when it would leave `root` or cannot be decoded.
 *
 * @example
 * fileFor('/srv/dist', '/assets/app.js'); // '/srv/dist/assets/app.js'
 * fileFor('/srv/dist', '/../etc/passwd'); // null
 */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  return file === base || file.startsWith(base + sep) ? file : null;
}

/** Serves a static file from `root` (answers every request it is given). */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed');
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = fileFor(root, path);
  if (file === null) return plain(res, 400, 'bad path');
  const target = isFile(file) ? file : extname(path) === '' ? resolve(root, 'index.html') : null;
  if (target === null || !isFile(target)) {
    return plain(res, 404, isFile(resolve(root, 'index.html')) ? 'not found' : 'the client is not built: run npm run build -w @geneva/client');
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    // Vite fingerprints assets; index.html must be revalidated so a new build is picked up.
    'cache-control': target.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(target).on('error', () => res.destroy()).pipe(res);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A short plain-text answer. */
export function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(`${text}\n`);
}
