/**
 * The HTTP side: the built client served with its content types and no way out of its folder,
 * and the JSON API (creation, the facilitator's replay download).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type CreatedMessage, type RunningServer } from '../src/index.js';
import { fileFor } from '../src/net/static-files.js';

/** A GET with the path sent as is (fetch would normalise `..` away). */
function rawGet(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('http', () => {
  const root = mkdtempSync(join(tmpdir(), 'geneva-http-'));
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(join(root, 'client', 'assets'), { recursive: true });
    writeFileSync(join(root, 'client', 'index.html'), '<!doctype html><title>Geneva</title>');
    writeFileSync(join(root, 'client', 'assets', 'app.js'), 'export {};');
    writeFileSync(join(root, 'secret.txt'), 'outside');
    server = await startServer({ dataDir: join(root, 'data'), clientDir: join(root, 'client'), port: 0, log: () => {} });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the client with content types, and index.html for app routes', async () => {
    expect(await rawGet(server.url, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await rawGet(server.url, '/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect((await rawGet(server.url, '/join?code=X')).body).toContain('<title>Geneva</title>');
    expect((await rawGet(server.url, '/missing.js')).status).toBe(404);
  });

  it('never leaves the client folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/..%5csecret.txt']) {
      const res = await rawGet(server.url, path);
      expect(res.body).not.toContain('outside');
    }
    expect(fileFor('/srv/dist', '/../etc/passwd')).toBeNull();
    expect(fileFor('/srv/dist', '/a/../b.js')).toBe('/srv/dist/b.js');
  });

  it('creates a game over the API and gives its replay to its facilitator only', async () => {
    const res = await fetch(`${server.url}/api/games`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'rsa-2017', humans: ['usa'], seed: 3 }) });
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreatedMessage;
    expect(created.seats[0]!.link).toMatch(/\/\?join=/);
    const replayUrl = `${server.url}/api/games/${created.gameId}/replay`;
    expect((await fetch(replayUrl)).status).toBe(401);
    expect((await fetch(replayUrl, { headers: { authorization: `Bearer ${created.seats[0]!.token}` } })).status).toBe(403);
    const replay = await fetch(replayUrl, { headers: { authorization: `Bearer ${created.facilitatorToken}` } });
    expect(replay.status).toBe(200);
    expect(((await replay.json()) as { format: string }).format).toBe('geneva-replay');
    const bad = await fetch(`${server.url}/api/games`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'nope', humans: [] }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'unknown-scenario' });
  });
});
