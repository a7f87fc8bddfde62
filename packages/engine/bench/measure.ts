/**
 * One measurement, in its own process (bench/games.ts starts several and reports the median:
 * V8's optimisation decisions differ from one process to the next, by up to ±15% here).
 * Usage: node --import tsx bench/measure.ts <what> <scenario> <seconds>; prints one JSON line.
 * `count` takes a number of games instead of seconds and plays them from cold (no warm-up games):
 * what a fresh worker pays, JIT compilation included (the lab's batch bench uses it as the ceiling
 * of a small batch).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { transition } from 'xstate';
import { contentHash, createGame, parseScenario, phaseMachine, playBots, playGame, type Scenario } from '@geneva/engine';

const [what = 'batch', id = 'rsa-2017', secondsText = '3'] = process.argv.slice(2);
const seconds = Number(secondsText);
const file = fileURLToPath(new URL(`../../../scenarios/${id}.yaml`, import.meta.url));
const parsed = parseScenario(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error(`${file} is invalid`);
const scenario: Scenario = parsed.scenario;
const scenarioHash = contentHash(scenario);

/** Calls per second of `fn(seed)` for `seconds`, after `warm` warm-up calls. */
function rate(warm: number, fn: (seed: number) => void): number {
  for (let i = 0; i < warm; i++) fn(1_000_000 + i);
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < seconds * 1000) fn(count++);
  return count / ((performance.now() - start) / 1000);
}

if (what === 'batch') {
  let sheets = 0;
  let games = 0;
  const perSecond = rate(300, (seed) => {
    const state = playGame(scenario, { seed, scenarioHash });
    if (seed < 1_000_000) {
      for (const step of state.history) sheets += step.seats.length;
      games++;
    }
  });
  console.log(JSON.stringify({ perSecond, sheetsPerGame: sheets / games, steps: playGame(scenario, { seed: 1, scenarioHash }).history.length }));
} else if (what === 'count') {
  const games = Number(secondsText);
  const start = performance.now();
  for (let seed = 1; seed <= games; seed++) playGame(scenario, { seed, scenarioHash });
  console.log(JSON.stringify({ games, seconds: (performance.now() - start) / 1000 }));
} else if (what === 'immutable') {
  console.log(JSON.stringify({ perSecond: rate(5, (seed) => playBots(createGame(scenario, { seed }))) }));
} else if (what === 'xstate') {
  const game = playGame(scenario, { seed: 1, scenarioHash });
  const snapshot = phaseMachine.resolveState({ value: 'negotiation', context: {} });
  const perSecond = rate(1000, () => transition(phaseMachine, snapshot, { type: 'RESOLVED', game }));
  console.log(JSON.stringify({ perSecond }));
}
