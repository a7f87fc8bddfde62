/**
 * A server killed with SIGKILL in the middle of a game (a sheet in flight) and started again on the
 * same data folder resumes the game: the teams reconnect with their tokens, play on, and the game
 * ends exactly as the same game played without interruption.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyDecision,
  createGame,
  HUMAN,
  isOver,
  legalDecisions,
  parseScenario,
  pendingRequests,
  playBots,
  replayRecordOf,
  viewFor,
  type Request,
  type View,
} from '@geneva/engine';
import { Client, kill, REPO, scriptedSheet, startServerProcess, type ServerProcess } from './support.js';

const HUMANS = ['usa', 'chn'];
const SEED = 21;

/**
 * Plays a seat: answers each request until the game ends or `stop(step)` says so; then, with
 * `inFlight`, it sends its sheet without waiting for the answer (the server dies with it in flight).
 */
async function play(client: Client, token: string, stop: (step: number) => boolean, inFlight = false): Promise<number> {
  for (;;) {
    const m = await client.next((x) => x['type'] === 'view' && (x['request'] !== null || (x['view'] as View).phase === 'concluded'));
    const view = m['view'] as View;
    if (view.phase === 'concluded') return view.step;
    if (stop(view.step)) {
      // With inFlight: sent, not awaited, so the server is killed with this sheet on its way.
      if (inFlight) client.send({ type: 'submit', token, step: view.step, sheet: scriptedSheet(view, m['request'] as Request) });
      return view.step;
    }
    const reply = await client.request({ type: 'submit', token, step: view.step, sheet: scriptedSheet(view, m['request'] as Request) });
    if (reply['type'] !== 'accepted') throw new Error(JSON.stringify(reply));
  }
}

describe('restart after SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geneva-restart-'));
  let server: ServerProcess | null = null;
  afterAll(async () => {
    if (server) await kill(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes the game identically', async () => {
    server = await startServerProcess(dir);
    const facilitator = await Client.open(server.url);
    const created = await facilitator.request({ type: 'create', scenario: 'rsa-2017', seed: SEED, humans: HUMANS });
    const seats = created['seats'] as { seat: string; token: string }[];
    const gameId = created['gameId'] as string;
    const facilitatorToken = created['facilitatorToken'] as string;

    // Both teams play until step 8, where usa's sheet is in flight when the server dies.
    const clients = await Promise.all(seats.map(() => Client.open(server!.url)));
    await Promise.all(seats.map((s, k) => clients[k]!.request({ type: 'join', token: s.token })));
    await Promise.all(seats.map((s, k) => play(clients[k]!, s.token, (step) => step >= 8, s.seat === 'usa')));
    await kill(server);
    server = null;

    server = await startServerProcess(dir);
    const again = await Promise.all(seats.map(() => Client.open(server!.url)));
    await Promise.all(seats.map((s, k) => again[k]!.request({ type: 'join', token: s.token })));
    await Promise.all(seats.map((s, k) => play(again[k]!, s.token, () => false)));

    const response = await fetch(`${server.url}/api/games/${gameId}/replay`, { headers: { authorization: `Bearer ${facilitatorToken}` } });
    expect(response.status).toBe(200);
    const record = (await response.json()) as ReturnType<typeof replayRecordOf>;

    // The same game without interruption, in-process, with the same scripted teams.
    const parsed = parseScenario(readFileSync(join(REPO, 'scenarios/rsa-2017.yaml'), 'utf8'), 'rsa-2017.yaml');
    if (!parsed.ok) throw new Error('rsa-2017 does not parse');
    let state = createGame(parsed.scenario, { seed: SEED, seats: Object.fromEntries(HUMANS.map((id) => [id, HUMAN])) });
    while (!isOver(state)) {
      state = playBots(state);
      for (const r of pendingRequests(state)) {
        const result = applyDecision(state, r.seat, scriptedSheet(viewFor(state, r.seat), legalDecisions(state, r.seat)!));
        if (!result.ok) throw new Error(result.error.message);
        state = result.state;
      }
    }
    const reference = JSON.parse(JSON.stringify(replayRecordOf(state, { embedScenario: true }))) as typeof record;
    expect(record.steps).toEqual(reference.steps);
    expect(record.outcome).toEqual(reference.outcome);
    for (const c of [facilitator, ...clients, ...again]) c.close();
  });
});
