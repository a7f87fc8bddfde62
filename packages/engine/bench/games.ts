/**
 * `npm run bench`: full all-bot games per second on one core for each shipped scenario, sheets
 * (decisions) per second, and what the statechart and immer cost against the rules. Each figure is
 * the median of several fresh processes (V8 optimises each process differently), with the range.
 * Each process is held to one core with taskset where it exists: left free, V8's helper threads
 * (garbage collection, compilation) would use another core too. Figures, not assertions.
 * BENCH_SECONDS (default 3) and BENCH_RUNS (default 5) tune it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { shippedScenarioIds } from '@geneva/engine';

const SECONDS = process.env['BENCH_SECONDS'] ?? '3';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const measure = fileURLToPath(new URL('./measure.ts', import.meta.url));
const TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

interface Sample {
  perSecond: number;
  sheetsPerGame?: number;
  steps?: number;
}

function sample(what: string, id: string, runs = RUNS): { median: Sample; low: number; high: number } {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const command = [process.execPath, '--import', 'tsx', measure, what, id, SECONDS];
    const argv = TASKSET ? ['taskset', '-c', '0', ...command] : command;
    const out = execFileSync(argv[0]!, argv.slice(1), { encoding: 'utf8' });
    samples.push(JSON.parse(out.trim().split('\n').pop()!) as Sample);
  }
  samples.sort((a, b) => a.perSecond - b.perSecond);
  return { median: samples[Math.floor(samples.length / 2)]!, low: samples[0]!.perSecond, high: samples[samples.length - 1]!.perSecond };
}

const fmt = (x: number) => x.toFixed(0);
console.log(`Geneva engine benchmark: one core${TASKSET ? ' (taskset)' : ' (no taskset here: one process, free to use every core)'}, node ${process.version}, median of ${RUNS} processes × ${SECONDS} s [range]`);
let rsa = { perSecond: 0, steps: 0 };
for (const id of shippedScenarioIds) {
  const { median, low, high } = sample('batch', id);
  if (id === 'rsa-2017') rsa = { perSecond: median.perSecond, steps: median.steps ?? 0 };
  const sheets = median.perSecond * (median.sheetsPerGame ?? 0);
  console.log(`${id.padEnd(22)} ${fmt(median.perSecond).padStart(6)} games/s [${fmt(low)}–${fmt(high)}]  ${fmt(sheets).padStart(8)} sheets/s  (${fmt(median.sheetsPerGame ?? 0)} sheets, ${median.steps} steps a game)`);
}
const immutable = sample('immutable', 'rsa-2017', 3).median.perSecond;
const transitionUs = 1e6 / sample('xstate', 'rsa-2017', 3).median.perSecond;
const gameUs = 1e6 / rsa.perSecond;
const xstateUs = rsa.steps * transitionUs;
console.log('');
console.log('Where the time goes (rsa-2017):');
console.log(`  batch path: plain mutable state, the statechart read as a compiled transition table: ${fmt(gameUs)} µs a game, all of it rules and bots`);
console.log(`  XState's pure transition() costs ${transitionUs.toFixed(1)} µs; for the ${rsa.steps} steps of a game that would add ${fmt(xstateUs)} µs (${fmt((100 * xstateUs) / (gameUs + xstateUs))}% of the game)`);
console.log(`  immutable path (immer produce per step, XState transition()): ${immutable.toFixed(1)} games/s, so immer and XState take ${(100 * (1 - immutable / rsa.perSecond)).toFixed(0)}% of its time`);
console.log(`  floor: 1,500 rsa-2017 games/s on one core with the scenario's uncertainty on (issue 17) — ${rsa.perSecond >= 1500 ? 'met' : 'NOT met'}`);
