/**
 * A web page on another site, open in the facilitator's browser, cannot drive the real server: a
 * WebSocket upgrade or an API request whose Origin is not the server's own is refused in one line,
 * and `POST` takes only `application/json` (a cross-site form can send `text/plain` with no
 * preflight). Same-origin pages and clients without an Origin (scripts, curl) work as before
 * (issue 16, must 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileServer, http, JSON_HEADERS, RawClient } from './hostile-support.js';
import type { ServerProcess } from './support.js';

let server: ServerProcess;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ server, cleanup } = await hostileServer()));
afterAll(async () => cleanup?.());

const GAME = JSON.stringify({ scenario: 'us-russia-bilateral', humans: ['usa'] });
const EVIL = 'http://evil.example';

describe('the Origin check', () => {
  it('refuses a WebSocket from another site in one line, and opens one from the server own page or without an Origin', async () => {
    await expect(RawClient.open(server.url, { origin: EVIL })).rejects.toThrow(/HTTP 403/);
    await expect(RawClient.open(server.url, { origin: 'null' })).rejects.toThrow(/HTTP 403/);
    const refusal = await http(server.url, 'GET', '/ws', { headers: { origin: EVIL, connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' } });
    expect(refusal.status).toBe(403);
    expect(refusal.text.trim()).toMatch(/^this server takes requests only from its own pages: Origin http:\/\/evil\.example is another site$/);
    for (const options of [{}, { origin: server.url }]) {
      const client = await RawClient.open(server.url, options);
      client.send(JSON.stringify({ type: 'join', ref: 1 }));
      expect((await client.next((m) => m['ref'] === 1))['code']).toBe('invalid');
      client.close();
    }
  });

  it('refuses a POST that is not application/json, or from another site', async () => {
    const plain = await http(server.url, 'POST', '/api/games', { headers: { 'content-type': 'text/plain' }, body: GAME });
    expect(plain.status).toBe(415);
    expect(JSON.parse(plain.text)).toMatchObject({ code: 'unsupported-media-type', message: 'send the body as application/json' });
    expect((await http(server.url, 'POST', '/api/games', { body: GAME })).status).toBe(415);
    expect((await http(server.url, 'POST', '/api/games', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: GAME })).status).toBe(415);
    const foreign = await http(server.url, 'POST', '/api/games', { headers: { ...JSON_HEADERS, origin: EVIL }, body: GAME });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.text)).toMatchObject({ code: 'forbidden', message: 'this server takes requests only from its own pages: Origin http://evil.example is another site' });
  });

  it('accepts a JSON POST from a script or from the server own page', async () => {
    expect((await http(server.url, 'POST', '/api/games', { headers: JSON_HEADERS, body: GAME })).status).toBe(201);
    expect((await http(server.url, 'POST', '/api/games', { headers: { 'content-type': 'application/json; charset=utf-8', origin: server.url }, body: GAME })).status).toBe(201);
  });
});
