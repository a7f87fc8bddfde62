/**
 * The limits per client address on a real server, over real sockets: WebSockets from 127.0.0.1
 * (loopback made subject to the limits, and the limits made small), plain HTTP requests, and a
 * second client address (127.0.0.2, also loopback on Linux) that must not be affected.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type CreatedMessage, type ErrorMessage, type RunningServer, type ServerMessage } from '../../src/index.js';
import type { Created } from '../../src/games/registry.js';
import { AddressLimits, type AddressLimitOptions } from '../../src/net/address-limits.js';
import { TestClient } from '../support/client.js';

/** Small limits, loopback included, so a test reaches each of them in a few messages. */
const SMALL: Partial<AddressLimitOptions> = {
  connections: 3,
  failedAttempts: 3,
  attemptWindowSeconds: 60,
  creations: 2,
  creationWindowSeconds: 3600,
  exemptLoopback: false,
};
/** Another client address: 127.0.0.0/8 all reaches the server's 127.0.0.1 on Linux. */
const OTHER = '127.0.0.2';
const WRONG_CODE = 'AAAAA-BBBBB';
const WRONG_TOKEN = 'w'.repeat(32);

interface Started {
  readonly server: RunningServer;
  readonly limits: AddressLimits;
  /** The limits' clock (ms); a test moves it instead of waiting. */
  readonly clock: { now: number };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts a server with `options` as its limits per address, on a manual clock. */
async function start(options: Partial<AddressLimitOptions> = SMALL): Promise<Started> {
  const clock = { now: 0 };
  const limits = new AddressLimits(options, () => clock.now);
  const dir = mkdtempSync(join(tmpdir(), 'geneva-limits-'));
  const server = await startServer({ dataDir: dir, port: 0, log: () => {}, addressLimits: limits });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => server.close());
  return { server, limits, clock };
}

/** A game made in-process (not counted against any address), with its secrets. */
function game(server: RunningServer): Created {
  return server.registry.create({ type: 'create', scenario: 'voluntary-norms', seed: 1, humans: ['usa'] });
}

/** A WebSocket client from 127.0.0.1, closed after the test. */
async function open(server: RunningServer): Promise<TestClient> {
  const client = await TestClient.open(server.url);
  cleanups.push(() => client.close());
  return client;
}

/**
 * Whether the server serves a new connection from 127.0.0.1 (an invalid `join` is answered, and
 * counts nothing). The connection is closed again.
 */
async function admitted(server: RunningServer): Promise<boolean> {
  const client = await open(server);
  client.send({ type: 'join' });
  const first = (await client.next((m) => m.type === 'error')) as ErrorMessage;
  client.close();
  if (first.code === 'invalid') return true;
  expect(first.code).toBe('too-many-connections');
  return false;
}

/** Waits until `check` holds (the server sees a close a moment after the client does). */
async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One message exchange from another client address: the first answer to `message` (then it closes). */
function fromOther(server: RunningServer, message: object): Promise<ServerMessage> {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws`, { localAddress: OTHER });
  cleanups.push(() => socket.close());
  return new Promise((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify(message)));
    socket.once('message', (data) => {
      resolve(JSON.parse((data as Buffer).toString('utf8')) as ServerMessage);
      socket.close();
    });
    socket.once('error', reject);
  });
}

interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: { code?: string; message?: string; gameId?: string };
}

/** An HTTP request from `from` (default 127.0.0.1). */
function http(server: RunningServer, method: string, path: string, options: { body?: object; bearer?: string; from?: string } = {}): Promise<HttpAnswer> {
  const { hostname, port } = new URL(server.url);
  const headers = { ...(options.bearer === undefined ? {} : { authorization: `Bearer ${options.bearer}` }), ...(options.body === undefined ? {} : { 'content-type': 'application/json' }) };
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers, localAddress: options.from ?? '127.0.0.1' }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as HttpAnswer['body'] }));
    });
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

const CREATE = { scenario: 'voluntary-norms', seed: 3, humans: ['usa'] };

describe('limits per address over the wire', () => {
  it('turns away a connection over the cap with a reason, and lets one in once another closes', async () => {
    const { server, limits } = await start();
    const kept = [await open(server), await open(server), await open(server)];
    const extra = await open(server);
    const refusal = (await extra.next((m) => m.type === 'error')) as ErrorMessage;
    expect(refusal).toEqual({ type: 'error', code: 'too-many-connections', message: 'at most 3 connections at once from one address' });
    expect(await extra.whenClosed()).toEqual({ code: 1008, reason: 'too many connections from this address' });
    // The connections under the cap are still served; another address is not affected.
    expect(await kept[0]!.request({ type: 'join' })).toMatchObject({ code: 'invalid' });
    expect(await fromOther(server, { type: 'join' })).toMatchObject({ type: 'error', code: 'invalid' });
    expect(await admitted(server)).toBe(false);
    kept[1]!.close();
    await eventually(() => admitted(server));
    // Once every client has gone, the server keeps nothing of either address.
    expect(limits.size).toBeGreaterThan(0);
    for (const client of kept) client.close();
    await eventually(() => limits.size === 0);
  });

  it('refuses joins unchecked after too many failures, over the WebSocket and HTTP alike', async () => {
    const { server, clock, limits } = await start();
    const { room, facilitatorToken, seats } = game(server);
    const client = await open(server);
    // Successes do not count.
    for (let i = 0; i < 4; i++) expect(await client.request({ type: 'join', token: facilitatorToken })).toMatchObject({ type: 'joined' });
    // Distinct wrong secrets: a repeat counts once.
    for (const wrong of [{ code: WRONG_CODE }, { token: WRONG_TOKEN }, { code: 'CCCCC-DDDDD' }])
      expect(await client.request({ type: 'join', ...wrong })).toMatchObject({ code: 'unauthorized' });
    const sessions = room.sessions.length;
    const refused = (await client.request({ type: 'join', code: seats[0]!.code })) as ErrorMessage;
    expect(refused).toMatchObject({ type: 'error', code: 'too-many-attempts' });
    expect(refused.message).toMatch(/try again in 60 s$/);
    // The right code was not even looked at: no session opened.
    expect(room.sessions.length).toBe(sessions);
    const replay = await http(server, 'GET', `/api/games/${room.id}/replay`, { bearer: facilitatorToken });
    expect(replay).toMatchObject({ status: 429, body: { code: 'too-many-attempts' } });
    expect(replay.headers['retry-after']).toBe('60');
    // Another address joins; the failures outlive the socket (only 127.0.0.1's entry stays), for
    // their window only.
    expect(await fromOther(server, { type: 'join', code: seats[0]!.code })).toMatchObject({ type: 'joined', seat: 'usa' });
    client.close();
    await eventually(() => limits.size === 1);
    expect(await (await open(server)).request({ type: 'join', code: seats[0]!.code })).toMatchObject({ code: 'too-many-attempts' });
    clock.now = 60_000;
    expect(await (await open(server)).request({ type: 'join', code: seats[0]!.code })).toMatchObject({ type: 'joined', seat: 'usa' });
  });

  it('counts unknown bearer tokens on the HTTP API as failed attempts', async () => {
    const { server } = await start();
    const { room, facilitatorToken, seats } = game(server);
    const path = `/api/games/${room.id}/replay`;
    for (let i = 0; i < 4; i++) expect((await http(server, 'GET', path, { bearer: facilitatorToken })).status).toBe(200);
    // A seat's token is a real token (403), and no token at all is no guess (401): neither counts.
    for (let i = 0; i < 4; i++) expect((await http(server, 'GET', path, { bearer: seats[0]!.token })).status).toBe(403);
    for (let i = 0; i < 4; i++) expect((await http(server, 'GET', path)).status).toBe(401);
    for (let i = 0; i < 3; i++) expect(await http(server, 'GET', path, { bearer: `${WRONG_TOKEN}${i}` })).toMatchObject({ status: 401, body: { code: 'unauthorized' } });
    const refused = await http(server, 'GET', path, { bearer: facilitatorToken });
    expect(refused).toMatchObject({ status: 429, body: { code: 'too-many-attempts' } });
    expect(refused.body.message).toMatch(/try again in \d+ s$/);
    expect(await (await open(server)).request({ type: 'join', code: seats[0]!.code })).toMatchObject({ code: 'too-many-attempts' });
    expect((await http(server, 'GET', path, { bearer: facilitatorToken, from: OTHER })).status).toBe(200);
  });

  it('caps game creations per address, over the WebSocket and POST /api/games', async () => {
    const { server, clock } = await start();
    const client = await open(server);
    // A refused creation costs nothing.
    for (let i = 0; i < 3; i++) expect(await client.request({ type: 'create', scenario: 'nope', humans: [] })).toMatchObject({ code: 'unknown-scenario' });
    expect(await client.request({ type: 'create', ...CREATE })).toMatchObject({ type: 'created' });
    expect((await http(server, 'POST', '/api/games', { body: CREATE })).status).toBe(201);
    const games = server.registry.all().length;
    const refused = (await client.request({ type: 'create', ...CREATE })) as ErrorMessage;
    expect(refused).toMatchObject({ type: 'error', code: 'too-many-creations' });
    expect(refused.message).toMatch(/^at most 2 games in 3600 s from one address: try again in 3600 s$/);
    const overHttp = await http(server, 'POST', '/api/games', { body: CREATE });
    expect(overHttp).toMatchObject({ status: 429, body: { code: 'too-many-creations' } });
    expect(overHttp.headers['retry-after']).toBe('3600');
    expect(server.registry.all().length).toBe(games);
    expect((await http(server, 'POST', '/api/games', { body: CREATE, from: OTHER })).status).toBe(201);
    clock.now = 3_600_000;
    expect(await client.request<CreatedMessage>({ type: 'create', ...CREATE })).toMatchObject({ type: 'created' });
  });

  it('leaves this computer unlimited by default', async () => {
    const { server, limits } = await start({ connections: 1, failedAttempts: 1, creations: 1 });
    const clients = [await open(server), await open(server)];
    for (const client of clients) {
      expect(await client.request({ type: 'join', code: WRONG_CODE })).toMatchObject({ code: 'unauthorized' });
      expect(await client.request({ type: 'create', ...CREATE })).toMatchObject({ type: 'created' });
    }
    expect(limits.size).toBe(0);
    // The rest of 127.0.0.0/8 is any other address (a test's classroom stands there).
    expect((await http(server, 'POST', '/api/games', { body: CREATE, from: OTHER })).status).toBe(201);
    expect(limits.size).toBe(1);
  });
});
