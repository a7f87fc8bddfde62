/**
 * `npm run bench -w @geneva/lab` (first part): Monte Carlo batch throughput and memory, measured on the real
 * `geneva batch` command. Prints figures, asserts nothing.
 *
 * - single core: the fast path's rsa-2017 games/s in one fresh process (the engine's bench/measure.ts) held to one
 *   core with taskset (where it exists), the same process free to use every core (its V8 helper
 *   threads, which collect garbage and compile, then run on an idle core: about 5% more games/s on
 *   this machine, which a batch with a worker on every core cannot have), and the machine's ceiling:
 *   as many free processes as cores, at once (what bare parallel loops reach);
 * - `geneva batch rsa-2017 --workers 1` and `--workers <all cores>`: runs/s of the play phase
 *   (results written to disk as they come), alternated, median of BENCH_BATCH_REPEAT; both over the
 *   whole batch (worker start-up and JIT warm-up included) and at steady state (from the progress
 *   lines, after the first quarter of the runs: what a long batch runs at);
 * - speed-up, batch throughput against single-core games/s × cores (and against one free process ×
 *   cores) and against the ceiling, each ratio taken within a round (the figures back to back), then
 *   the median over the rounds;
 * - the time each batch took to reach its steady rate, and the speed-up of a BENCH_SMALL_RUNS-run
 *   batch (default 3,000; where warm-up weighs most) on every core against one worker, beside the
 *   same speed-up of plain fresh processes with no pool (its ceiling);
 * - a BENCH_MEMORY_RUNS-run batch (default 100,000) with its resident memory sampled every second
 *   against the runs done, to show that memory stays flat.
 */
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env['BENCH_BATCH_RUNS'] ?? 50_000);
const REPEAT = Number(process.env['BENCH_BATCH_REPEAT'] ?? 3);
const MEMORY_RUNS = Number(process.env['BENCH_MEMORY_RUNS'] ?? 100_000);
const SMALL_RUNS = Number(process.env['BENCH_SMALL_RUNS'] ?? 3_000);
const SMALL_REPEAT = Number(process.env['BENCH_SMALL_REPEAT'] ?? 5);
const CORES = availableParallelism();
const bin = fileURLToPath(new URL('../bin/geneva.js', import.meta.url));
// The engine's own fast-path probe, so that the batch is compared with the very loop the engine bench times.
const measure = fileURLToPath(new URL('../../engine/bench/measure.ts', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'geneva-bench-'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Whether this machine has taskset (util-linux) to hold a process to one core. */
const TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** Games/s of `copies` fast-path loops, each in its own fresh process, running at the same time (`core`: held to that core). */
async function fastPath(copies: number, seconds: number, core?: number): Promise<number[]> {
  const command = [process.execPath, '--import', 'tsx', measure, 'batch', 'rsa-2017', String(seconds)];
  const argv = core === undefined || !TASKSET ? command : ['taskset', '-c', String(core), ...command];
  const one = () =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
      child.on('exit', (code) => (code === 0 ? resolve((JSON.parse(out.trim().split('\n').pop()!) as { perSecond: number }).perSecond) : reject(new Error(`measure.ts exited with ${code}`))));
    });
  return Promise.all(Array.from({ length: copies }, one));
}

/** A batch's rates: over the play phase, as `geneva batch` reports it, and at steady state; and how long it took to get there. */
interface Rate {
  readonly whole: number;
  readonly steady: number;
  /** Seconds from the command's start until a half-second window first ran at 90% of the steady rate. */
  readonly warm: number;
}

/**
 * Runs `geneva batch` and reads its rates: the whole play phase from its last line, the steady
 * state from its plain progress lines (one every 250 ms, stamped as they arrive) between a
 * quarter of the runs and the last line.
 */
async function batchRate(workers: number, k: number, runs = RUNS): Promise<Rate> {
  const out = join(scratch, `rate-${workers}-${k}-${runs}`);
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'batch', 'rsa-2017', '--runs', String(runs), '--workers', String(workers), '--out', out], {
    env: { ...process.env, GENEVA_PROGRESS_EVERY_MS: '100' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stamps: [number, number][] = [];
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    for (const m of text.matchAll(/batch: (\d+)\//g)) stamps.push([Number(m[1]), performance.now() - started]);
  });
  await new Promise((resolve) => child.on('exit', resolve));
  rmSync(out, { recursive: true, force: true });
  const match = /\((\d+) runs\/s\)/.exec(stdout);
  if (!match) throw new Error(`no rate in: ${stdout}`);
  const from = stamps.find(([done]) => done >= runs / 4);
  const to = stamps[stamps.length - 1];
  const steady = from && to && to[1] > from[1] ? ((to[0] - from[0]) * 1000) / (to[1] - from[1]) : Number.NaN;
  return { whole: Number(match[1]), steady: Math.round(steady), warm: warmUp(stamps, steady) };
}

/** When the batch first ran at 90% of its steady rate over half a second (seconds from its start; NaN if never). */
function warmUp(stamps: readonly [number, number][], steady: number): number {
  for (let i = 0, j = 0; j < stamps.length; j++) {
    while (stamps[j]![1] - stamps[i]![1] > 500) i++;
    const [done0, at0] = stamps[i]!;
    const [done1, at1] = stamps[j]!;
    if (at1 - at0 >= 400 && ((done1 - done0) * 1000) / (at1 - at0) >= 0.9 * steady) return at1 / 1000;
  }
  return Number.NaN;
}

/**
 * A small batch (SMALL_RUNS, default 3,000) on one worker and on every core, alternated over
 * SMALL_REPEAT rounds: where warm-up weighs most. The speed-up is each round's ratio of the two play
 * phases (the rates `geneva batch` reports), then the median.
 */
async function smallBatches(): Promise<{ one: number[]; all: number[]; ratios: number[]; cold: number[] }> {
  const one: number[] = [];
  const all: number[] = [];
  const cold: number[] = [];
  for (let k = 0; k < SMALL_REPEAT; k++) {
    one.push((await batchRate(1, k, SMALL_RUNS)).whole);
    all.push((await batchRate(CORES, k, SMALL_RUNS)).whole);
    cold.push(await coldSpeedUp(SMALL_RUNS));
  }
  return { one, all, ratios: one.map((r, k) => all[k]! / r), cold };
}

/**
 * The ceiling of any pool for a small batch: the same games in fresh processes with no pool at
 * all, one process playing `runs` games from cold against one process per core playing its share
 * at the same time; the speed-up is the one process's play time over the slowest share's. Each
 * process compiles the engine anew (V8's JIT, about a thousand games' worth of slow play and
 * background compilation), which is what a second worker pays too.
 */
async function coldSpeedUp(runs: number): Promise<number> {
  const [one] = await coldPlay(1, runs);
  const shares = await coldPlay(CORES, Math.ceil(runs / CORES));
  return one! / Math.max(...shares);
}

/** Seconds each of `copies` fresh processes took to play `games` games from cold, all at once. */
async function coldPlay(copies: number, games: number): Promise<number[]> {
  const one = () =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', measure, 'count', 'rsa-2017', String(games)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
      child.on('exit', (code) => (code === 0 ? resolve((JSON.parse(out.trim().split('\n').pop()!) as { seconds: number }).seconds) : reject(new Error(`measure.ts exited with ${code}`))));
    });
  return Promise.all(Array.from({ length: copies }, one));
}

/** Resident memory (MB) of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function memoryProfile(): Promise<{ samples: [number, number][]; peak: number; seconds: number; rate: string }> {
  const out = join(scratch, 'memory');
  const child = spawn(process.execPath, [bin, 'batch', 'rsa-2017', '--runs', String(MEMORY_RUNS), '--out', out], {
    env: { ...process.env, GENEVA_PROGRESS_EVERY_MS: '1000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  const samples: [number, number][] = [];
  let peak = 0;
  const started = Date.now();
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    for (const m of text.matchAll(/batch: (\d+)\//g)) {
      const rss = rssMb(child.pid!);
      samples.push([Number(m[1]), rss]);
      peak = Math.max(peak, rss);
    }
  });
  const poll = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 250);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  rmSync(out, { recursive: true, force: true });
  return { samples, peak, seconds: (Date.now() - started) / 1000, rate: /\((\d+) runs\/s\)/.exec(stdout)?.[1] ?? '?' };
}

console.log(`Batch benchmark: rsa-2017, node ${process.version}, ${CORES} cores, ${RUNS} runs a batch, ${REPEAT} rounds`);
if (!TASKSET) console.log('  (no taskset here: "single core" is one process free to use every core)');
// This machine is a shared VM whose speed drifts by tens of percent within minutes, so every
// round measures all its figures back to back and each ratio pairs figures of the same round.
const rounds: { core: number; free: number; together: number; one: Rate; all: Rate }[] = [];
for (let k = 0; k < REPEAT; k++) {
  const [core] = await fastPath(1, 3, 0);
  const [free] = await fastPath(1, 3);
  const together = (await fastPath(CORES, 3)).reduce((a, b) => a + b, 0);
  rounds.push({ core: core!, free: free!, together, one: await batchRate(1, k), all: await batchRate(CORES, k) });
}
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
const med = (f: (r: (typeof rounds)[number]) => number) => median(rounds.map(f));
console.log(`  fast path, one process on one core:       ${med((r) => r.core).toFixed(0)} games/s (rounds: ${list(rounds.map((r) => r.core))})`);
console.log(`  fast path, one process free on ${CORES} cores:  ${med((r) => r.free).toFixed(0)} games/s, ${med((r) => r.free / r.core).toFixed(2)}× on one core (rounds: ${list(rounds.map((r) => r.free))})`);
console.log(`  fast path, ${CORES} processes at once (the machine's ceiling): ${med((r) => r.together).toFixed(0)} games/s, ${med((r) => r.together / r.core).toFixed(2)}× one on one core (rounds: ${list(rounds.map((r) => r.together))})`);
for (const kind of ['whole', 'steady'] as const) {
  const what = kind === 'whole' ? 'whole batch (start-up included)' : 'steady state (after the first quarter)';
  const speedUp = med((r) => r.all[kind] / r.one[kind]);
  const ofCore = med((r) => r.all[kind] / (r.core * CORES));
  const ofFree = med((r) => r.all[kind] / (r.free * CORES));
  const ofCeiling = med((r) => r.all[kind] / r.together);
  console.log(`  ${what}:`);
  console.log(`    --workers 1: ${med((r) => r.one[kind])} runs/s (rounds: ${list(rounds.map((r) => r.one[kind]))}) · --workers ${CORES}: ${med((r) => r.all[kind])} runs/s (${list(rounds.map((r) => r.all[kind]))})`);
  console.log(`    speed-up ${speedUp.toFixed(2)}× · ${(100 * ofCore).toFixed(0)}% of single-core games/s × ${CORES} · ${(100 * ofFree).toFixed(0)}% of one free process × ${CORES} · ${(100 * ofCeiling).toFixed(0)}% of the ${CORES} processes' ceiling (medians of the rounds' ratios)`);
  console.log(`    floors: speed-up ≥ 1.8× — ${speedUp >= 1.8 ? 'met' : 'NOT met'}; within 10% of single-core × cores — ${ofCore >= 0.9 ? 'met' : 'NOT met'}`);
}
console.log(`  time to steady rate (first half-second at 90% of it, from the command's start): --workers 1 ${med((r) => r.one.warm).toFixed(1)} s (rounds: ${rounds.map((r) => r.one.warm.toFixed(1)).join(', ')}) · --workers ${CORES} ${med((r) => r.all.warm).toFixed(1)} s (${rounds.map((r) => r.all.warm.toFixed(1)).join(', ')})`);
const small = await smallBatches();
const smallSpeedUp = median(small.ratios);
console.log(`  a ${SMALL_RUNS}-run batch, play phase: --workers 1 ${list(small.one)} runs/s · --workers ${CORES} ${list(small.all)} runs/s (${SMALL_REPEAT} rounds, alternated)`);
console.log(`    speed-up ${smallSpeedUp.toFixed(2)}× (median of the rounds' ratios: ${small.ratios.map((r) => r.toFixed(2)).join(', ')}); floor 1.6× — ${smallSpeedUp >= 1.6 ? 'met' : 'NOT met'}`);
console.log(
  `    the same games in fresh processes, no pool (the ceiling: each process compiles the engine anew): one process of ${SMALL_RUNS} against ${CORES} of ${Math.ceil(SMALL_RUNS / CORES)} at once, speed-up ${median(small.cold).toFixed(2)}× (rounds: ${small.cold.map((r) => r.toFixed(2)).join(', ')})`,
);
const memory = await memoryProfile();
const at = (share: number) => memory.samples.find(([done]) => done >= share * MEMORY_RUNS) ?? memory.samples[memory.samples.length - 1];
const shown = [0.1, 0.25, 0.5, 0.75, 1].map((s) => at(s)).filter((x): x is [number, number] => x !== undefined);
console.log(`  memory of a ${MEMORY_RUNS}-run batch (${memory.seconds.toFixed(0)} s, all cores, ${memory.rate} runs/s over its play phase): resident ${shown.map(([done, mb]) => `${mb.toFixed(0)} MB at ${done}`).join(', ')}; peak ${memory.peak.toFixed(0)} MB`);
rmSync(scratch, { recursive: true, force: true });
