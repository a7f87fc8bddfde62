/**
 * Clients that never read cannot make the real server hold their messages: 16 sockets that stop
 * reading and keep asking, 12 for their seat's view (a `join` with the seat's token answers with the
 * whole view, ~110 KB at a game's end) and 4 for the save file (~370 KB a reply), took the server
 * from ~135 to ~600 MB before the outbox (+130 MB for clients that read). Now a newer view replaces an unsent one, and a client more
 * than 2 MB behind is closed, said in the server's log; the server stays small and serves the next
 * client (issue 16, must 6).
 */
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileServer, http, JSON_HEADERS, RawClient, residentBytes, until } from './hostile-support.js';
import type { ServerProcess } from './support.js';

let server: ServerProcess;
let cleanup: () => Promise<void>;
let log = '';
beforeAll(async () => {
  ({ server, cleanup } = await hostileServer());
  server.child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
});
afterAll(async () => cleanup?.());

interface Created {
  facilitatorToken: string;
  seats: { token: string; code: string }[];
}

/** A finished rsa-2017 game with one team (the United States): its views and save are at their largest. */
async function finishedGame(): Promise<Created> {
  const answer = await http(server.url, 'POST', '/api/games', { headers: JSON_HEADERS, body: JSON.stringify({ scenario: 'rsa-2017', humans: ['usa'] }) });
  const created = JSON.parse(answer.text) as Created;
  const console = await RawClient.open(server.url);
  console.send(JSON.stringify({ type: 'finish', ref: 1, token: created.facilitatorToken }));
  expect(await console.next((m) => m['ref'] === 1)).toMatchObject({ type: 'accepted' });
  console.close();
  return created;
}

/** Stops reading the socket: what the server sends stays in the kernel's buffers, then the server's. */
function stopReading(client: RawClient): void {
  (client.socket as unknown as { _socket: Socket })._socket.pause();
}

const MB = 1024 * 1024;

describe('clients that do not read', () => {
  it('keep the server small: views are replaced while they wait, and a client 2 MB behind is closed', async () => {
    const game = await finishedGame();
    const pid = server.child.pid!;
    const before = residentBytes(pid);
    const viewers = await Promise.all(Array.from({ length: 12 }, () => RawClient.open(server.url)));
    const savers = await Promise.all(Array.from({ length: 4 }, () => RawClient.open(server.url)));
    [...viewers, ...savers].forEach(stopReading);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 100);
    try {
      // 150 asks each, one every 100 ms (the rate limit's pace): ~1 MB/s a viewer, ~3.7 MB/s a saver.
      for (let i = 0; i < 150; i++) {
        for (const c of viewers) c.send(JSON.stringify({ type: 'join', token: game.seats[0]!.token }));
        for (const c of savers) c.send(JSON.stringify({ type: 'save', token: game.facilitatorToken }));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Failing this wait fails the assertions below, after the figures are printed.
      await until(() => (log.match(/it does not read what it is sent/g) ?? []).length >= 4).catch(() => undefined);
    } finally {
      clearInterval(sampler);
    }
    const growth = peak - before;
    process.stdout.write(`server memory with 16 clients that do not read: ${(before / MB).toFixed(0)} MB before, ${(peak / MB).toFixed(0)} MB at the peak (+${(growth / MB).toFixed(0)} MB)\n`);
    // Clients that read cost the same workload ~+130 MB (garbage of the replies made); before the outbox, +500 MB.
    expect(growth).toBeLessThan(250 * MB);
    expect(log).toMatch(/closed a connection from 127\.0\.0\.1: \d+\.\d MB were waiting for it \(at most 2\.0 MB\): it does not read what it is sent/);
    // Only the savers were behind by more than 2 MB: views never pile up.
    expect((log.match(/it does not read what it is sent/g) ?? []).length).toBe(4);

    // The server still serves a new client at once.
    const next = await RawClient.open(server.url);
    next.send(JSON.stringify({ type: 'join', ref: 'j', token: game.seats[0]!.token }));
    expect(await next.next((m) => m['ref'] === 'j')).toMatchObject({ type: 'joined', seat: 'usa' });
    await next.next((m) => m['type'] === 'view');
    [...viewers, ...savers, next].forEach((c) => c.close());
  });

  it('gives a client that stops reading, then reads again, the latest view and keeps it connected', async () => {
    const game = await finishedGame();
    const client = await RawClient.open(server.url);
    stopReading(client);
    for (let i = 0; i < 40; i++) {
      client.send(JSON.stringify({ type: 'join', ref: i, token: game.seats[0]!.token }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    (client.socket as unknown as { _socket: Socket })._socket.resume();
    await client.next((m) => m['ref'] === 39);
    await until(() => client.messages.filter((m) => m['type'] === 'view').length > 0 && client.messages.at(-1)?.['type'] !== 'joined');
    expect(client.closed).toBeNull();
    const views = client.messages.filter((m) => m['type'] === 'view');
    expect(views.at(-1)).toMatchObject({ request: null });
    client.close();
  });
});
