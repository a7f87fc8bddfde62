/**
 * A journal line that no longer applies (here: a sheet edited by hand to name another step) must
 * not make the server lose, at the next restart, the actions it acknowledged after the first one.
 * Two restarts of a real server: the journal is cut at that line (the rest set aside, untouched, in
 * a file of its own), the facilitator is told in a sentence, and what the teams played after the
 * first restart is all there after the second.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Request, View } from '@geneva/engine';
import { Client, kill, scriptedSheet, startServerProcess, waitForOutput, type ServerProcess } from './support.js';

/** Plays a seat until the game reaches step `stop`; resolves with that step. */
async function playUntil(client: Client, token: string, stop: number): Promise<number> {
  for (;;) {
    const m = await client.next((x) => x['type'] === 'view' && ((x['step'] as number) >= stop || x['request'] !== null));
    const view = m['view'] as View;
    if (view.step >= stop) return view.step;
    const reply = await client.request({ type: 'submit', token, step: view.step, sheet: scriptedSheet(view, m['request'] as Request) });
    if (reply['type'] !== 'accepted') throw new Error(JSON.stringify(reply));
  }
}

/** Joins every seat with its token on a fresh connection. */
async function joinAll(server: ServerProcess, seats: readonly { token: string }[]): Promise<Client[]> {
  const clients = await Promise.all(seats.map(() => Client.open(server.url)));
  await Promise.all(seats.map((s, k) => clients[k]!.request({ type: 'join', token: s.token })));
  return clients;
}

const dir = mkdtempSync(join(tmpdir(), 'geneva-journal-cut-'));
let server: ServerProcess | null = null;
afterAll(async () => {
  if (server) await kill(server);
  rmSync(dir, { recursive: true, force: true });
});

describe('a journal line that no longer applies', () => {
  it('loses no action acknowledged after it, across two restarts', async () => {
    server = await startServerProcess(dir);
    const facilitator = await Client.open(server.url);
    const created = await facilitator.request({ type: 'create', scenario: 'rsa-2017', seed: 4, humans: ['usa', 'chn'] });
    const seats = created['seats'] as { seat: string; token: string }[];
    const journal = join(dir, `${created['gameId'] as string}.jsonl`);
    let clients = await joinAll(server, seats);
    await Promise.all(seats.map((s, k) => playUntil(clients[k]!, s.token, 6)));
    facilitator.close();
    for (const c of clients) c.close();
    await kill(server);

    // usa's sheet of step 3 now names a step the game never had.
    const lines = readFileSync(journal, 'utf8').split('\n');
    const bad = lines.findIndex((line) => line.includes('"t":"submit"') && line.includes('"step":3,') && line.includes('"seat":"usa"'));
    expect(bad).toBeGreaterThan(0);
    lines[bad] = lines[bad]!.replace('"step":3,', '"step":9999,');
    writeFileSync(journal, lines.join('\n'));

    // First restart: the game goes on from step 3, and the teams play on to step 8 (acknowledged).
    server = await startServerProcess(dir);
    await waitForOutput(server, /no longer applies/);
    expect(server.output.err).toMatch(/line \d+ of its journal \(submit\) no longer applies .*The game goes on from just before it; that line and the \d+ after it were set aside, untouched, in \S+set-aside-/);
    const aside = readdirSync(dir).filter((f) => f.includes('.set-aside-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8').split('\n')[0]).toBe(lines[bad]);
    clients = await joinAll(server, seats);
    const reached = await Promise.all(seats.map((s, k) => playUntil(clients[k]!, s.token, 8)));
    expect(reached).toEqual([8, 8]);
    for (const c of clients) c.close();
    await kill(server);

    // Second restart: nothing refused any more, and the game is at step 8, where the teams left it.
    server = await startServerProcess(dir);
    expect(server.output.err).not.toMatch(/no longer applies/);
    clients = await joinAll(server, seats);
    const view = await clients[0]!.next((x) => x['type'] === 'view');
    expect(view['step']).toBe(8);
    expect(existsSync(join(dir, aside[0]!))).toBe(true);
    for (const c of clients) c.close();
  });
});
