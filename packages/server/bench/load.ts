/**
 * Load test (loopback only, bounded): a real server process on 127.0.0.1, GAMES concurrent games
 * of every rsa-2017 seat, HUMANS scripted teams per game on their own connections and bots in the
 * other seats. Prints latency percentiles (submit → accepted, submit → the seat's next request) and
 * checks every game's replay file against a replay through the engine. Prints figures; asserts nothing.
 *
 *   GAMES=30 HUMANS=2 npm run bench -w @geneva/server
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replay } from '@geneva/engine';
import type { CreatedMessage, ReplayMessage, ViewMessage } from '../src/index.js';
import { TestClient } from '../test/support/client.js';
import { shippedScenario } from '../test/support/game.js';
import { scriptedSheet } from '../test/support/sheets.js';

const GAMES = Math.min(200, Math.max(1, Number(process.env['GAMES'] ?? 30)));
const HUMANS = Math.min(8, Math.max(1, Number(process.env['HUMANS'] ?? 2)));
const PACKAGE = fileURLToPath(new URL('../', import.meta.url));

const scenario = shippedScenario('rsa-2017');
const humans = Object.entries(scenario.actors)
  .filter(([, a]) => a.kind === 'state')
  .slice(0, HUMANS)
  .map(([id]) => id);
const dir = mkdtempSync(join(tmpdir(), 'geneva-load-'));
const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', '--host', '127.0.0.1', '--port', '0', '--data', dir], { cwd: PACKAGE, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /listening on (http:\/\/\S+)/.exec(out);
    if (match) resolve(match[1]!);
  });
  child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const accepted: number[] = [];
const nextView: number[] = [];

/** Plays one seat to the end, timing each submission. */
async function playSeat(client: TestClient, token: string): Promise<void> {
  let sentAt: number | null = null;
  for (;;) {
    const m = (await client.next((x) => x.type === 'view' && (x.request !== null || x.view.phase === 'concluded'), 120_000)) as ViewMessage;
    if (sentAt !== null) nextView.push(performance.now() - sentAt);
    if (m.view.phase === 'concluded' || m.request === null) return;
    sentAt = performance.now();
    const reply = await client.request({ type: 'submit', token, step: m.step, sheet: scriptedSheet(m.view, m.request) });
    if (reply.type !== 'accepted') throw new Error(`refused: ${JSON.stringify(reply)}`);
    accepted.push(performance.now() - sentAt);
  }
}

/** Plays one game; resolves with whether its replay file replays to the same outcome. */
async function playGame(seed: number): Promise<boolean> {
  const facilitator = await TestClient.open(url);
  const created = await facilitator.request<CreatedMessage>({ type: 'create', scenario: 'rsa-2017', seed, humans });
  const clients = await Promise.all(created.seats.map(() => TestClient.open(url)));
  await Promise.all(created.seats.map((s, k) => clients[k]!.request({ type: 'join', code: s.code })));
  const tokens = clients.map((c) => (c.messages.find((m) => m.type === 'joined') as { token: string }).token);
  await Promise.all(clients.map((c, k) => playSeat(c, tokens[k]!)));
  const debrief = await facilitator.request<ReplayMessage>({ type: 'replay', token: created.facilitatorToken });
  for (const c of [facilitator, ...clients]) c.close();
  return replay(scenario, debrief.record).ok;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const row = (name: string, xs: number[]) =>
  `${name.padEnd(28)} n=${String(xs.length).padStart(5)}  p50=${percentile(xs, 50).toFixed(1)} ms  p90=${percentile(xs, 90).toFixed(1)} ms  p99=${percentile(xs, 99).toFixed(1)} ms  max=${Math.max(...xs).toFixed(1)} ms`;

const start = performance.now();
try {
  const results = await Promise.all(Array.from({ length: GAMES }, (_, k) => playGame(k + 1)));
  const seconds = (performance.now() - start) / 1000;
  console.log(`${GAMES} concurrent games of rsa-2017 (${Object.keys(scenario.actors).length} seats, ${humans.length} scripted teams each: ${humans.join(', ')}) in ${seconds.toFixed(1)} s`);
  console.log(row('submit -> accepted', accepted));
  console.log(row('submit -> next request', nextView));
  console.log(`replays identical to their games: ${results.filter(Boolean).length}/${GAMES}`);
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
