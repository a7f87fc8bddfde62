/**
 * `npm run bench` (second part): Monte Carlo batch throughput and memory, measured on the real
 * `geneva batch` command. Prints figures, asserts nothing.
 *
 * - single core: the fast path's rsa-2017 games/s in one fresh process (bench/measure.ts);
 * - `geneva batch rsa-2017 --workers 1` and `--workers <all cores>`: runs/s of the play phase
 *   (results written to disk as they come), alternated, median of BENCH_BATCH_REPEAT; both over the
 *   whole batch (worker start-up and JIT warm-up included) and at steady state (from the progress
 *   lines, after the first quarter of the runs: what a long batch runs at);
 * - speed-up, parallel efficiency, and batch throughput against single-core games/s × cores;
 * - a BENCH_MEMORY_RUNS-run batch (default 100,000) with its resident memory sampled every second
 *   against the runs done, to show that memory stays flat.
 */
import { execFileSync, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env['BENCH_BATCH_RUNS'] ?? 20_000);
const REPEAT = Number(process.env['BENCH_BATCH_REPEAT'] ?? 3);
const MEMORY_RUNS = Number(process.env['BENCH_MEMORY_RUNS'] ?? 100_000);
const CORES = availableParallelism();
const bin = fileURLToPath(new URL('../bin/geneva.js', import.meta.url));
const measure = fileURLToPath(new URL('./measure.ts', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'geneva-bench-'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function singleCore(): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', measure, 'batch', 'rsa-2017', '5'], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { perSecond: number }).perSecond;
}

/** A batch's rates: over the play phase, as `geneva batch` reports it, and at steady state. */
interface Rate {
  readonly whole: number;
  readonly steady: number;
}

/**
 * Runs `geneva batch` and reads its rates: the whole play phase from its last line, the steady
 * state from its plain progress lines (one every 250 ms, stamped as they arrive) between a
 * quarter of the runs and the last line.
 */
async function batchRate(workers: number, k: number): Promise<Rate> {
  const out = join(scratch, `rate-${workers}-${k}`);
  const child = spawn(process.execPath, [bin, 'batch', 'rsa-2017', '--runs', String(RUNS), '--workers', String(workers), '--out', out], {
    env: { ...process.env, GENEVA_PROGRESS_EVERY_MS: '250' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stamps: [number, number][] = [];
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    for (const m of text.matchAll(/batch: (\d+)\//g)) stamps.push([Number(m[1]), performance.now()]);
  });
  await new Promise((resolve) => child.on('exit', resolve));
  rmSync(out, { recursive: true, force: true });
  const match = /\((\d+) runs\/s\)/.exec(stdout);
  if (!match) throw new Error(`no rate in: ${stdout}`);
  const from = stamps.find(([done]) => done >= RUNS / 4);
  const to = stamps[stamps.length - 1];
  const steady = from && to && to[1] > from[1] ? ((to[0] - from[0]) * 1000) / (to[1] - from[1]) : Number.NaN;
  return { whole: Number(match[1]), steady: Math.round(steady) };
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

async function memoryProfile(): Promise<{ samples: [number, number][]; peak: number; seconds: number }> {
  const out = join(scratch, 'memory');
  const child = spawn(process.execPath, [bin, 'batch', 'rsa-2017', '--runs', String(MEMORY_RUNS), '--out', out], {
    env: { ...process.env, GENEVA_PROGRESS_EVERY_MS: '1000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
  return { samples, peak, seconds: (Date.now() - started) / 1000 };
}

console.log(`Batch benchmark: rsa-2017, node ${process.version}, ${CORES} cores`);
const single = singleCore();
console.log(`  single core, fast path (one process, 5 s):   ${single.toFixed(0)} games/s`);
const one: Rate[] = [];
const all: Rate[] = [];
for (let k = 0; k < REPEAT; k++) {
  one.push(await batchRate(1, k));
  all.push(await batchRate(CORES, k));
}
for (const kind of ['whole', 'steady'] as const) {
  const r1 = median(one.map((r) => r[kind]));
  const rn = median(all.map((r) => r[kind]));
  const what = kind === 'whole' ? 'whole batch (start-up included)' : 'steady state (after the first quarter)';
  console.log(`  ${what}:`);
  console.log(`    --workers 1: ${r1} runs/s (median of ${REPEAT}: ${one.map((r) => r[kind]).join(', ')}) · --workers ${CORES}: ${rn} runs/s (${all.map((r) => r[kind]).join(', ')})`);
  console.log(`    speed-up ${(rn / r1).toFixed(2)}× · parallel efficiency ${((100 * rn) / (r1 * CORES)).toFixed(0)}% · ${((100 * rn) / (single * CORES)).toFixed(0)}% of single-core games/s × ${CORES}`);
  console.log(`    floors: speed-up ≥ 1.8× — ${rn / r1 >= 1.8 ? 'met' : 'NOT met'}; within 10% of single-core × cores — ${rn >= 0.9 * single * CORES ? 'met' : 'NOT met'}`);
}
const memory = await memoryProfile();
const at = (share: number) => memory.samples.find(([done]) => done >= share * MEMORY_RUNS) ?? memory.samples[memory.samples.length - 1];
const shown = [0.1, 0.25, 0.5, 0.75, 1].map((s) => at(s)).filter((x): x is [number, number] => x !== undefined);
console.log(`  memory of a ${MEMORY_RUNS}-run batch (${memory.seconds.toFixed(0)} s, all cores): resident ${shown.map(([done, mb]) => `${mb.toFixed(0)} MB at ${done}`).join(', ')}; peak ${memory.peak.toFixed(0)} MB`);
rmSync(scratch, { recursive: true, force: true });
