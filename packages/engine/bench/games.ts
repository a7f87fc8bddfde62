/**
 * `npm run bench`: full all-bot games per second on one core for each shipped scenario, decisions
 * per second, and where the time goes (statechart and immer against the rules). Figures, not
 * assertions: run it on a quiet machine and read the numbers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  contentHash,
  createGame,
  parseScenario,
  playBots,
  playGame,
  phaseMachine,
  shippedScenarioIds,
  type Scenario,
} from '@geneva/engine';
import { transition } from 'xstate';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
const scenariosDir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

function load(id: string): Scenario {
  const file = `${scenariosDir}${id}.yaml`;
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} is invalid`);
  return result.scenario;
}

/** Runs `fn(seed)` for about `seconds`, after a warm-up, and returns calls per second. */
function rate(seconds: number, fn: (seed: number) => void): { perSecond: number; count: number } {
  for (let i = 0; i < 50; i++) fn(1_000_000 + i);
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < seconds * 1000) fn(count++);
  return { perSecond: count / ((performance.now() - start) / 1000), count };
}

function benchScenario(id: string): void {
  const scenario = load(id);
  const scenarioHash = contentHash(scenario);
  let decisions = 0;
  let games = 0;
  const { perSecond } = rate(SECONDS, (seed) => {
    const state = playGame(scenario, { seed, scenarioHash });
    for (const step of state.history) decisions += step.seats.length;
    games++;
  });
  const perGame = decisions / games;
  console.log(`${id.padEnd(22)} ${perSecond.toFixed(0).padStart(6)} games/s  ${(perSecond * perGame).toFixed(0).padStart(8)} decisions/s  (${perGame.toFixed(0)} sheets a game)`);
}

function statechartShare(): void {
  const scenario = load('rsa-2017');
  const scenarioHash = contentHash(scenario);
  const game = playGame(scenario, { seed: 1, scenarioHash });
  const transitions = game.history.length;
  const snapshot = phaseMachine.resolveState({ value: 'negotiation', context: {} });
  const pure = rate(1, () => {
    for (let i = 0; i < 100; i++) transition(phaseMachine, snapshot, { type: 'RESOLVED', game });
  });
  const perTransitionUs = 1e6 / (pure.perSecond * 100);
  const fast = rate(SECONDS, (seed) => playGame(scenario, { seed, scenarioHash }));
  const immutable = rate(SECONDS, (seed) => playBots(createGame(scenario, { seed })));
  const gameUs = 1e6 / fast.perSecond;
  console.log('');
  console.log(`rsa-2017: ${transitions} step transitions a game`);
  console.log(`  batch path (plain state, compiled statechart table): ${fast.perSecond.toFixed(0)} games/s, ${gameUs.toFixed(0)} µs a game`);
  console.log(`  immutable path (immer produce, XState transition()): ${immutable.perSecond.toFixed(0)} games/s`);
  console.log(`  XState pure transition(): ${perTransitionUs.toFixed(1)} µs each; driving every step with it would add ${(transitions * perTransitionUs).toFixed(0)} µs a game (${((100 * transitions * perTransitionUs) / (gameUs + transitions * perTransitionUs)).toFixed(0)}%)`);
  console.log(`  immer + XState share of the immutable path: ${(100 * (1 - immutable.perSecond / fast.perSecond)).toFixed(0)}% of its time`);
}

console.log(`Geneva engine benchmark, one core, node ${process.version}, ${SECONDS}s per figure`);
for (const id of shippedScenarioIds) benchScenario(id);
statechartShare();
