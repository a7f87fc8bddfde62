/**
 * One machine cannot hold the real server's HTTP connections: a client address that leaves many
 * connections open gets one line (503) for the one over its limit while other addresses are served,
 * and a body or headers that trickle in are cut off (408) after ~10 s instead of minutes
 * (issue 16, must 6). The limited client connects from 127.0.0.2 (127.0.0.1, the facilitator's
 * own, is exempt from the limits per address): nothing leaves this machine.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSROOM_ADDRESS, hostileServer, http, until } from './hostile-support.js';
import type { ServerProcess } from './support.js';

let server: ServerProcess;
let cleanup: () => Promise<void>;
let port: number;
beforeAll(async () => {
  ({ server, cleanup } = await hostileServer());
  port = Number(new URL(server.url).port);
});
afterAll(async () => cleanup?.());

/** A raw TCP connection to `host`, with everything it receives and whether it closed. */
async function open(localAddress: string): Promise<{ socket: Socket; text: () => string; closed: () => boolean }> {
  const socket = connect({ host: '127.0.0.1', port, localAddress });
  let text = '';
  let closed = false;
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  socket.on('close', () => (closed = true));
  socket.on('error', () => {});
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return { socket, text: () => text, closed: () => closed };
}

describe('HTTP limits per address', () => {
  it('answers the connection over 128 from one address with one line, and serves another address meanwhile', async () => {
    const address = CLASSROOM_ADDRESS;
    const held = [];
    for (let i = 0; i < 128; i++) held.push(await open(address));
    const extra = await open(address);
    await until(() => extra.closed(), 10_000);
    expect(extra.text()).toMatch(/^HTTP\/1\.1 503 /);
    expect(extra.text().split('\r\n\r\n')[1]).toBe('at most 128 HTTP connections at once from one address: close some and try again\n');
    expect(held.some((c) => c.closed())).toBe(false);
    // Loopback (another address) is served meanwhile.
    expect((await http(`http://127.0.0.1:${port}`, 'GET', '/api/scenarios')).status).toBe(200);
    // One closes: a new one is let in.
    held.pop()!.socket.destroy();
    await until(async () => (await http(`http://127.0.0.1:${port}`, 'GET', '/api/scenarios', { localAddress: address }).catch(() => ({ status: 0 }))).status === 200, 10_000);
    for (const c of held) c.socket.destroy();
  });

  it('cuts off a request body that trickles in, with a 408 in one line', async () => {
    const slow = await open('127.0.0.1');
    slow.socket.write('POST /api/games HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"scenario":');
    await until(() => slow.closed(), 30_000);
    expect(slow.text()).toMatch(/^HTTP\/1\.1 408 /);
    expect(slow.text()).toContain('"message":"a request body must arrive within 10 s"');
  });

  it('cuts off headers that trickle in', async () => {
    const slow = await open('127.0.0.1');
    slow.socket.write('POST /api/games HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await until(() => slow.closed(), 30_000);
    expect(slow.text()).toMatch(/^HTTP\/1\.1 408 /);
  });
});
