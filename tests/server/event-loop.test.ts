/**
 * No request holds the server's event loop: a large all-bot game created over `POST /api/games`
 * plays in the engine thread, and so does the replay of its journal when the server restarts, while
 * a `GET` answers at once. Real server processes; the bound (2 s) is generous for a busy machine,
 * and the heavy work is made to take far longer than it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '@geneva/engine';
import { Client, kill, REPO, spawnServerProcess, waitForOutput, type ServerProcess } from './support.js';

/**
 * The heavy scenario: as large as a created game may be (64 actors, 20 rounds, 15 years: the limits
 * of protocol/limits.ts); its all-bot game takes seconds of the server's engine time.
 */
const ACTORS = 64;
const ROUNDS = 20;
const YEARS = 15;
/** All-bot games created at once. */
const GAMES = 6;
/** The longest a `GET` may take while the heavy work runs. */
const BOUND_MS = 2_000;

/** rsa-2017 with its states copied until it has `actors` actors (ids qaa, qab, …), all bots. */
function largeScenario(actors: number): Scenario {
  const parsed = parseScenario(readFileSync(join(REPO, 'scenarios/rsa-2017.yaml'), 'utf8'), 'rsa-2017.yaml');
  if (!parsed.ok) throw new Error('rsa-2017 does not parse');
  const base = parsed.scenario;
  const all: Record<string, Scenario['actors'][string]> = { ...base.actors };
  const states = Object.keys(base.actors).filter((id) => base.actors[id]!.kind === 'state');
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let k = 0; Object.keys(all).length < actors; k++) {
    all[`q${letters[Math.floor(k / 26) % 26]}${letters[k % 26]}`] = { ...base.actors[states[k % states.length]!]!, name: `Copy ${k + 1}` };
  }
  return { ...base, id: 'large', actors: all, events: [], rules: { ...base.rules, rounds: ROUNDS }, horizon: { ...base.horizon, years: YEARS } };
}

/** Polls `GET /api/scenarios` until `done()`, returning every answer's latency (ms). */
async function latenciesUntil(server: ServerProcess, done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!done()) {
    const start = performance.now();
    const response = await fetch(`${server.url}/api/scenarios`);
    await response.text();
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return latencies;
}

const dir = mkdtempSync(join(tmpdir(), 'geneva-event-loop-'));
let server: ServerProcess | null = null;
afterAll(async () => {
  if (server) await kill(server);
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the server and resolves as soon as it says where it answers (before it resumes its games). */
function start(): Promise<ServerProcess> {
  return spawnServerProcess(dir, [], {}, /(?:answering|listening) on (http:\/\/[^\s;]+)/);
}

describe('the event loop', () => {
  it('answers a GET at once while a large all-bot game is created, and while its journal is replayed at start', async () => {
    server = await start();
    const began = performance.now();
    let concluded = false;
    // Several games at once: on the request path, their engine time would hold the loop end to end.
    const creation = Promise.all(
      Array.from({ length: GAMES }, async (_, seed) => {
        const response = await fetch(`${server!.url}/api/games`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scenarioData: largeScenario(ACTORS), seed, humans: [] }),
        });
        const created = (await response.json()) as Record<string, unknown>;
        expect(response.status).toBe(201);
        const console_ = await Client.open(server!.url);
        await console_.request({ type: 'join', token: created['facilitatorToken'] });
        await console_.next((m) => m['type'] === 'overview' && m['phase'] === 'concluded', 300_000);
        console_.close();
      }),
    ).then(() => (concluded = true));
    const whileCreated = await latenciesUntil(server, () => concluded);
    await creation;
    const createdMs = performance.now() - began;
    console.log(`${GAMES} all-bot games of ${ACTORS} actors played in ${Math.round(createdMs)} ms; GET latencies meanwhile: max ${Math.round(Math.max(...whileCreated))} ms over ${whileCreated.length}`);
    // The heavy work took well over the bound: on the event loop, a GET would have waited past it.
    expect(createdMs).toBeGreaterThan(2 * BOUND_MS);
    expect(Math.max(...whileCreated)).toBeLessThan(BOUND_MS);

    await kill(server);
    const restarted = performance.now();
    server = await start();
    let resumed = false;
    const resuming = waitForOutput(server, new RegExp(`resumed ${GAMES} games`), 300_000).then(() => (resumed = true));
    const whileResumed = await latenciesUntil(server, () => resumed);
    await resuming;
    const resumedMs = performance.now() - restarted;
    console.log(`journal replayed in ${Math.round(resumedMs)} ms; GET latencies meanwhile: max ${Math.round(Math.max(...whileResumed))} ms over ${whileResumed.length}`);
    // Answers came while the replay ran (not only after it), each within the bound.
    expect(whileResumed.length).toBeGreaterThan(1);
    expect(Math.max(...whileResumed)).toBeLessThan(BOUND_MS);
  });
});
