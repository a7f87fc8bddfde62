/**
 * `geneva batch` and `geneva replay --batch` against the real binary: the same files for any number
 * of workers, resume after kill -9 with no run missing or duplicated, a failing run as a row, bad
 * sweep files refused before any run, the summary (and its scenario discovery) checked against a
 * direct computation, any run replayed alone, progress lines in a log, a batch split in shards and
 * merged back.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import { rateOf, summarize } from '@geneva/lab';
import { BIN, REPO, geneva, oneLineError, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(() => temp.remove());

const sweepFile = temp.file(
  'sweep.yaml',
  `# Two parameters, a small Latin hypercube.
method: lhs
points: 4
replications: 6
parameters:
  actors.usa.domesticHurdle: { min: 0.5, max: 4 }
  rules.entryIntoForce.ratifications: { min: 2, max: 3, integer: true }
`,
);

type Row = Record<string, string | number | boolean | null>;
function jsonl(dir: string): Row[] {
  return readFileSync(join(dir, 'runs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
}
/** runs.parquet (or another Parquet file of the folder) read back (hyparquet), integers as numbers, with each column's physical type. */
async function parquetOf(dir: string, name = 'runs.parquet'): Promise<{ rows: Row[]; types: Record<string, string | undefined> }> {
  const buffer = readFileSync(join(dir, name));
  const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  const rows = (await parquetReadObjects({ file })).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : (v as Row[string])])));
  return { rows, types: Object.fromEntries(parquetMetadata(file).schema.slice(1).map((e) => [e.name, e.type])) };
}
/** A batch of `scenario` over the sweep `yaml`, in a folder named `name`: checked to exit 0, with its rows. */
function sweptBatch(scenario: string, name: string, yaml: string) {
  const dir = join(temp.dir, name);
  const result = geneva(['batch', scenario, '--sweep', temp.file(`${name}.yaml`, yaml), '--quiet', '--out', dir]);
  expect(result.status, result.stderr).toBe(0);
  return { dir, result, rows: jsonl(dir) };
}
/** The mean of an outcome over a design point's rows, computed directly. */
function pointMean(rows: readonly Row[], point: number, key: string): number {
  const mine = rows.filter((r) => r['point'] === point).map((r) => Number(r[key]));
  return mine.reduce((a, b) => a + b, 0) / mine.length;
}
/** points.csv as rows: numbers as numbers, an empty cell as null (no quoted cells in these batches). */
function pointsCsv(dir: string): Row[] {
  const [header, ...lines] = read(dir, 'points.csv').trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, k) => [columns[k]!, cell === '' ? null : Number(cell)])));
}
function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

describe('geneva batch', () => {
  const base = ['batch', 'us-russia-bilateral', '--sweep', sweepFile, '--seed', '5', '--quiet'];

  it('writes the same runs.csv, runs.jsonl and summary whatever the number of workers', () => {
    const one = join(temp.dir, 'w1');
    const two = join(temp.dir, 'w2');
    const a = geneva([...base, '--workers', '1', '--out', one]);
    const b = geneva([...base, '--workers', '2', '--out', two]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    for (const file of ['runs.csv', 'runs.jsonl', 'series.csv', 'series-summary.csv', 'points.csv', 'summary.json', 'summary.md']) expect(read(one, file), file).toBe(read(two, file));
    const rows = jsonl(one);
    expect(rows.map((r) => r['run'])).toEqual(Array.from({ length: 24 }, (_, i) => i));
    const csv = read(one, 'runs.csv').trim().split('\n');
    expect(csv).toHaveLength(25);
    expect(csv[0]!.split(',').slice(0, 6)).toEqual(['run', 'point', 'replication', 'seed', 'actors.usa.domesticHurdle', 'rules.entryIntoForce.ratifications']);
    expect(csv[0]!.split(',').slice(-2)).toEqual(['faults', 'error']);
    expect(a.stdout).toMatch(/^Batch of 24 runs of us-russia-bilateral \(4 points × 6, seed 5\)/);
    const manifest = JSON.parse(read(one, 'manifest.json')) as { scenario: { hash: string }; sweep: { hash: string }; engine: string; seed: string };
    expect(manifest.seed).toBe('5');
    expect(manifest.scenario.hash).toMatch(/^[0-9a-f]{14}$/);
  });

  it('summarises every point in points.csv as a direct computation from the rows does, and keeps summary.json to the batch-level results', () => {
    const dir = join(temp.dir, 'w1');
    const rows = jsonl(dir);
    const points = pointsCsv(dir);
    expect(points.map((p) => p['point'])).toEqual([0, 1, 2, 3]);
    expect(Object.keys(points[0]!).slice(0, 8)).toEqual(['point', 'actors.usa.domesticHurdle', 'rules.entryIntoForce.ratifications', 'runs', 'failed', 'adoptedRound.mean', 'adoptedRound.sd', 'adoptedRound.lo']);
    for (const point of points) {
      const mine = rows.filter((r) => r['point'] === point['point'] && r['error'] === '');
      expect(point['runs']).toBe(mine.length);
      expect(point['failed']).toBe(0);
      expect(point['actors.usa.domesticHurdle']).toBe(mine[0]!['actors.usa.domesticHurdle']);
      const harm = summarize(mine.map((r) => Number(r['civilianHarm'])));
      expect(point['civilianHarm.mean']).toBeCloseTo(harm.mean, 9);
      expect(point['civilianHarm.sd']).toBeCloseTo(harm.sd!, 8);
      expect(point['civilianHarm.lo']).toBeCloseTo(harm.ci95![0], 8);
      expect(point['civilianHarm.hi']).toBeCloseTo(harm.ci95![1], 8);
      const inForce = rateOf(mine.filter((r) => r['inForce'] === true).length, mine.length);
      expect([point['inForce.rate'], point['inForce.lo'], point['inForce.hi']].map(Number)).toEqual([inForce.rate, ...inForce.ci95].map((x) => Math.round(x * 1e9) / 1e9));
    }
    const summary = JSON.parse(read(dir, 'summary.json')) as Record<string, unknown> & { sensitivity: unknown[] };
    expect(summary['points']).toBeUndefined();
    expect(summary).toMatchObject({ pointsFile: 'points.csv', failed: 0, design: { points: 4 } });
    expect(summary.sensitivity.length).toBeGreaterThan(0);
    expect(read(dir, 'summary.md')).toMatch(/## What moves what/);
    expect(read(dir, 'summary.md')).toMatch(/Every point's statistics .* are in points\.csv, one row per point \(4 rows\)/);
    // Written a piece at a time, and still the text of JSON.stringify(…, null, 2).
    expect(read(dir, 'summary.json')).toBe(`${JSON.stringify(JSON.parse(read(dir, 'summary.json')), null, 2)}\n`);
  });

  it("ranks ties as ties: every Spearman ρ of the worked example (docs/batches.md §1) is scipy.stats.spearmanr's", () => {
    const dir = join(temp.dir, 'worked-example');
    const run = geneva(['batch', 'rsa-2017', '--sweep', join(REPO, 'examples', 'sweeps', 'hurdles-and-quorum.yaml'), '--quiet', '--out', dir]);
    expect(run.status, run.stderr).toBe(0);
    // scipy 1.10 on the exact point means of runs.csv (fixtures/worked-example-spearman.py regenerates them).
    const scipy = JSON.parse(readFileSync(join(REPO, 'tests', 'cli', 'fixtures', 'worked-example-spearman.json'), 'utf8')) as Record<string, number>;
    const { sensitivity } = JSON.parse(read(dir, 'summary.json')) as { sensitivity: { parameter: string; outcome: string; rho: number }[] };
    expect(Object.fromEntries(sensitivity.map((e) => [`${e.parameter} ${e.outcome}`, e.rho]))).toEqual(scipy);
    expect(Object.keys(scipy)).toHaveLength(126);
  }, 60_000);

  it('keeps summary.md short for a large design, says where every point is, and gives no interval where a point has one run', () => {
    const { dir, result } = sweptBatch(
      'rsa-2017',
      'large',
      'method: lhs\npoints: 60\nreplications: 1\nparameters:\n  actors.usa.domesticHurdle: { min: 0.5, max: 4 }\n  rules.entryIntoForce.ratifications: { min: 3, max: 12, integer: true }\n',
    );
    const md = read(dir, 'summary.md');
    expect(md).toMatch(/## Key outcomes at the points that matter\n\n60 design points are too many to list here\. These \d+ are, for each key outcome that varies over the design, the 3 points where its mean \(or rate\) is highest and the 3 where it is lowest/);
    expect(md).not.toMatch(/^## Point /m);
    const table = md.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(table.length).toBeGreaterThan(6);
    expect(table.length).toBeLessThanOrEqual(6 * 7);
    expect(md.split('\n').length).toBeLessThan(120);
    expect(md).toMatch(/are in points\.csv, one row per point \(60 rows\)/);
    // The rows shown for civilianHarm are its three highest and three lowest point means.
    const points = pointsCsv(dir);
    expect(points).toHaveLength(60);
    const byHarm = [...points].sort((a, b) => Number(b['civilianHarm.mean']) - Number(a['civilianHarm.mean']) || Number(a['point']) - Number(b['point']));
    const shownFor = (why: string) => table.filter((line) => line.includes(why)).map((line) => Number(line.split('|')[1]));
    expect(shownFor('civilianHarm high')).toEqual(byHarm.slice(0, 3).map((p) => p['point']).sort((a, b) => Number(a) - Number(b)));
    // One run a point: a mean, and no standard deviation or interval (empty cells), for every outcome.
    // (A rate keeps its Wilson interval, which is sound with one run.)
    const numeric = Object.keys(points[0]!).filter((c) => c.endsWith('.mean')).map((c) => c.slice(0, -'.mean'.length));
    expect(numeric).toContain('civilianHarm');
    for (const point of points) {
      expect(point['runs']).toBe(1);
      for (const outcome of numeric) {
        expect(typeof point[`${outcome}.mean`], outcome).toBe('number');
        expect([point[`${outcome}.sd`], point[`${outcome}.lo`], point[`${outcome}.hi`]], outcome).toEqual([null, null, null]);
      }
      expect(point['inForce.lo']).not.toBeNull();
    }
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^The command took (\d+\.\d) s in all, (\d+\.\d) s of it playing the runs\.$/);
    const [all, play] = /took (\S+) s in all, (\S+) s/.exec(result.stdout)!.slice(1).map(Number);
    expect(all!).toBeGreaterThanOrEqual(play!);
  }, 60_000);

  it('shows a point with one run without a spread or interval in summary.md, and says why', () => {
    const { dir } = sweptBatch('us-russia-bilateral', 'single-runs', 'method: grid\nreplications: 1\nparameters:\n  rules.bodyAccuracy: { values: [0.6, 0.9] }\n');
    const md = read(dir, 'summary.md');
    expect(md).toMatch(/^\| civilianHarm \| -?\d+\.\d{4} \| – \| – \|$/m);
    expect(md).toMatch(/With one run, a mean has no standard deviation and no interval \(–\)/);
    expect(md).not.toMatch(/\| 0\.0000 \| \[/);
  });

  it('finds where entry into force happens (PRIM), with boxes that hold what a count of the rows says', () => {
    const { dir, result, rows: all } = sweptBatch('rsa-2017', 'quorum', 'method: grid\nreplications: 6\nparameters:\n  rules.entryIntoForce.ratifications: { values: [2, 4, 7, 10, 13] }\n  rules.bodyAccuracy: { values: [0.6, 0.9] }\n');
    const rows = all.filter((r) => r['error'] === '');
    type Step = { box: Record<string, [number, number]>; mass: number; density: number; coverage: number };
    const summary = JSON.parse(read(dir, 'summary.json')) as { discovery: { outcome: string; baseRate: number; trajectory: Step[]; chosen: number }[] };
    const found = summary.discovery.find((d) => d.outcome === 'inForce');
    expect(found, 'in force in some runs and not in others, so PRIM has something to find').toBeDefined();
    const hits = rows.filter((r) => r['inForce'] === true).length;
    expect(found!.baseRate).toBeCloseTo(hits / rows.length, 6);
    for (const step of found!.trajectory) {
      const inside = rows.filter((r) => Object.entries(step.box).every(([path, [lo, hi]]) => Number(r[path]) >= lo && Number(r[path]) <= hi));
      const inHits = inside.filter((r) => r['inForce'] === true).length;
      expect(step.mass).toBeCloseTo(inside.length / rows.length, 6);
      expect(step.density).toBeCloseTo(inHits / inside.length, 6);
      expect(step.coverage).toBeCloseTo(inHits / hits, 6);
    }
    // A low quorum is what brings the convention into force: the box keeps the lowest values.
    const chosen = found!.trajectory[found!.chosen]!;
    expect(chosen.box['rules.entryIntoForce.ratifications']?.[0]).toBe(2);
    expect(chosen.density).toBeGreaterThan(found!.baseRate);
    expect(read(dir, 'summary.md')).toMatch(/## Where inForce happens \(scenario discovery, PRIM\)/);
    // The box may also restrict the other parameter (which one wins depends on the runs' draws).
    expect(result.stdout).toMatch(/Where inForce happens most \(PRIM\): (?:[^\n]* and )?rules\.entryIntoForce\.ratifications in \[2, /);
  });

  it('screens parameters with a Morris design: elementary effects as a direct computation from the rows gives them', () => {
    const { dir, rows } = sweptBatch('us-russia-bilateral', 'morris', 'method: morris\ntrajectories: 4\nreplications: 3\nparameters:\n  actors.usa.domesticHurdle: { min: 0.5, max: 4 }\n  rules.bodyAccuracy: { min: 0.6, max: 0.9 }\n');
    expect(rows).toHaveLength(4 * 3 * 3);
    const paths = ['actors.usa.domesticHurdle', 'rules.bodyAccuracy'];
    const mean = (point: number, key: string) => pointMean(rows, point, key);
    const value = (point: number, path: string) => Number(rows.find((r) => r['point'] === point)![path]);
    const range = (path: string) => Math.max(...rows.map((r) => Number(r[path]))) - Math.min(...rows.map((r) => Number(r[path])));
    const summary = JSON.parse(read(dir, 'summary.json')) as { morris: { parameter: string; outcome: string; muStar: number; mu: number; effects: number }[] };
    for (const outcome of ['incidents', 'civilianHarm']) {
      for (const path of paths) {
        const effects: number[] = [];
        for (let t = 0; t < 4; t++)
          for (let j = 1; j <= 2; j++) {
            const [a, b] = [t * 3 + j - 1, t * 3 + j];
            if (value(a, path) === value(b, path)) continue;
            effects.push((mean(b, outcome) - mean(a, outcome)) / ((value(b, path) - value(a, path)) / range(path)));
          }
        const entry = summary.morris.find((e) => e.parameter === path && e.outcome === outcome)!;
        expect(entry.effects, `${path} → ${outcome}`).toBe(4);
        expect(entry.muStar).toBeCloseTo(effects.reduce((s, e) => s + Math.abs(e), 0) / effects.length, 5);
        expect(entry.mu).toBeCloseTo(effects.reduce((s, e) => s + e, 0) / effects.length, 5);
      }
    }
    expect(read(dir, 'summary.md')).toMatch(/## Morris screening \(elementary effects\)/);
  });

  it('decomposes the variance with a Sobol design: S1 and ST as a direct computation from the rows gives them, the noise of the means taken out', () => {
    // The quorum moves most outcomes of rsa-2017 (§4.4); the body's accuracy few.
    const { dir, rows, result } = sweptBatch('rsa-2017', 'sobol', 'method: sobol\nsamples: 10\nreplications: 2\nparameters:\n  rules.entryIntoForce.ratifications: { min: 2, max: 13, integer: true }\n  rules.bodyAccuracy: { min: 0.6, max: 0.9 }\n');
    expect(rows).toHaveLength(10 * 4 * 2);
    const paths = ['rules.entryIntoForce.ratifications', 'rules.bodyAccuracy'];
    const mean = (point: number, key: string) => pointMean(rows, point, key);
    const run = (point: number, r: number, key: string) => Number(rows.find((row) => row['point'] === point && row['replication'] === r)![key]);
    // Sample covariance over the 2 replications of two per-replication series: (x0 − x1)(y0 − y1) / 2.
    const cov = (x: (r: number) => number, y: (r: number) => number) => ((x(0) - x(1)) * (y(0) - y(1))) / 2;
    type Entry = { parameter: string; outcome: string; s1: number; s1Conf: number; st: number; stConf: number; samples: number };
    const summary = JSON.parse(read(dir, 'summary.json')) as { sobol: Entry[]; noise: { outcome: string; runShare: number; meanShare: number }[]; warnings: string[] };
    let checked = 0;
    const confs: number[] = [];
    for (const outcome of ['incidents', 'civilianHarm', 'covertOpsParties', 'ratifications']) {
      // Blocks of 4 points: A, A with the quorum from B, A with the accuracy from B, B.
      const f = Array.from({ length: 10 }, (_, j) => [0, 1, 2, 3].map((m) => mean(j * 4 + m, outcome)));
      const y = (j: number, m: number) => (r: number) => run(j * 4 + m, r, outcome);
      const ab = f.flatMap((b) => [b[0]!, b[3]!]);
      const m = ab.reduce((a, b) => a + b, 0) / ab.length;
      // The spread of the A and B means, less their own noise (Var_r / 2), plus back the part every point shares.
      const own = f.reduce((a, _, j) => a + (cov(y(j, 0), y(j, 0)) + cov(y(j, 3), y(j, 3))) / 4, 0) / f.length;
      const shared = (r: number) => f.reduce((a, _, j) => a + y(j, 0)(r) + y(j, 3)(r), 0) / (2 * f.length);
      const v = ab.reduce((a, b) => a + (b - m) ** 2, 0) / ab.length - (own - cov(shared, shared) / 2);
      if (!(v > 0)) continue;
      paths.forEach((path, i) => {
        const d = (j: number) => (r: number) => y(j, i + 1)(r) - y(j, 0)(r);
        const s1 = f.reduce((a, b, j) => a + (b[3]! - m) * (b[i + 1]! - b[0]!) - cov(y(j, 3), d(j)) / 2, 0) / f.length / v;
        const st = f.reduce((a, b, j) => a + (b[0]! - b[i + 1]!) ** 2 - cov(d(j), d(j)) / 2, 0) / f.length / (2 * v);
        const entry = summary.sobol.find((e) => e.parameter === path && e.outcome === outcome)!;
        expect(entry.samples, `${path} → ${outcome}`).toBe(10);
        expect(entry.s1, `${path} → ${outcome}`).toBeCloseTo(s1, 5);
        expect(entry.st, `${path} → ${outcome}`).toBeCloseTo(st, 5);
        confs.push(entry.s1Conf, entry.stConf);
        checked++;
      });
      // The noise shares: the mean within-point variance σ², against σ² + (the point means' variance − σ²/2) for single runs, and as σ²/2 against the means' variance.
      const noise = summary.noise.find((n) => n.outcome === outcome)!;
      const means = Array.from({ length: 40 }, (_, p) => mean(p, outcome));
      const grand = means.reduce((a, b) => a + b, 0) / 40;
      const between = means.reduce((a, b) => a + (b - grand) ** 2, 0) / 39;
      const within = Array.from({ length: 40 }, (_, p) => cov((r) => run(p, r, outcome), (r) => run(p, r, outcome))).reduce((a, b) => a + b, 0) / 40;
      expect(noise.runShare, outcome).toBeCloseTo(within / (within + Math.max(0, between - within / 2)), 5);
      expect(noise.meanShare, outcome).toBeCloseTo(within / 2 / between, 4);
    }
    expect(checked).toBeGreaterThan(0);
    // A parameter that changes no run (the same seed gives the same game) has S1 = ST = 0 ± 0; others have intervals.
    expect(Math.max(...confs)).toBeGreaterThan(0);
    const md = read(dir, 'summary.md');
    expect(md).toMatch(/## Sobol indices \(variance decomposition\)/);
    expect(md).toMatch(/\| outcome \| noise in single runs \| noise in point means \|/);
    for (const warning of summary.warnings) expect(md).toContain(`- ${warning}`);
    for (const warning of summary.warnings.slice(0, 5)) expect(result.stdout).toContain(`Warning: ${warning}`);
  });

  it('says so when one replication makes every point play the same seed, and not otherwise', () => {
    const once = temp.file('once.yaml', 'method: grid\nreplications: 1\nparameters:\n  rules.bodyAccuracy: { values: [0.6, 0.9] }\n');
    const run = geneva(['batch', 'us-russia-bilateral', '--sweep', once, '--seed', '5', '--quiet', '--out', join(temp.dir, 'once')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Note: with one replication every point played the same seed \(5\/0\)/m);
    expect(geneva(['batch', 'us-russia-bilateral', '--runs', '3', '--quiet', '--out', join(temp.dir, 'plain')]).stdout).not.toMatch(/^Note:/m);
  });

  it('replays any run alone: the same outcome as its row, and a replay file geneva replay accepts', () => {
    const dir = join(temp.dir, 'w1');
    const row = jsonl(dir)[17]!;
    const log = join(temp.dir, 'run-17.replay.json');
    const run = geneva(['replay', '--batch', dir, '--run', '17', '--json', '--log', log]);
    expect(run.status, run.stderr).toBe(0);
    const outcome = (JSON.parse(run.stdout) as { outcome: Record<string, unknown> }).outcome;
    expect(outcome['civilianHarm']).toBe(row['civilianHarm']);
    expect(outcome['inForce']).toBe(row['inForce']);
    expect((JSON.parse(run.stdout) as { seed: string }).seed).toBe(row['seed']);
    const text = geneva(['replay', '--batch', dir, '--run', '17']);
    expect(text.stdout.split('\n')[0]).toMatch(/^Run 17 of the batch in .*w1: design point 2 \(actors\.usa\.domesticHurdle = [\d.]+, rules\.entryIntoForce\.ratifications = [23]\), replication 5, seed 5\/5$/);
    const again = geneva(['replay', log, '--json']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe(run.stdout);
    const bad = geneva(['replay', '--batch', dir, '--run', '24']);
    expect(bad.status).toBe(2);
    expect(oneLineError(bad)).toBe('geneva: --run 24: expected a run from 0 to 23');
  });

  it('resumes a batch killed with kill -9: no run missing, none duplicated, the same files as without the kill', async () => {
    const full = join(temp.dir, 'full');
    const killed = join(temp.dir, 'killed');
    const args = ['batch', 'rsa-2017', '--runs', '1500', '--seed', '3', '--workers', '2', '--quiet'];
    expect(geneva([...args, '--out', full]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, ...args, '--out', killed], { cwd: REPO, stdio: 'ignore' });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const file = join(killed, 'runs.jsonl');
        if (existsSync(file) && readFileSync(file, 'utf8').split('\n').length > 200) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const before = jsonl(killed).length;
    expect(before).toBeGreaterThan(200);
    expect(before).toBeLessThan(1500);
    expect(existsSync(join(killed, 'summary.json'))).toBe(false);
    const resumed = geneva([...args, '--out', killed, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/resumed at run \d+/);
    for (const file of ['runs.csv', 'runs.jsonl', 'series.csv', 'series-summary.csv', 'summary.json']) expect(read(killed, file), file).toBe(read(full, file));
  }, 120_000);

  it('splits a batch across machines (--shard K/N): a shard resumes and replays its own runs, and geneva merge gives back the whole batch byte for byte', () => {
    const whole = join(temp.dir, 'w1');
    const parts = [1, 2, 3].map((k) => join(temp.dir, `part-${k}`));
    parts.forEach((dir, k) => {
      const run = geneva([...base, '--workers', '1', '--shard', `${k + 1}/3`, '--out', dir]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`shard ${k + 1}/3 \\(runs ${k * 8}–${k * 8 + 7}\\): 8 played`));
    });
    expect(jsonl(parts[1]!).map((r) => r['run'])).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    // Shard 2 as a kill would leave it: its last run half written in both files.
    const complete = { csv: read(parts[1]!, 'runs.csv'), jsonl: read(parts[1]!, 'runs.jsonl'), series: read(parts[1]!, 'series.csv') };
    writeFileSync(join(parts[1]!, 'runs.csv'), complete.csv.slice(0, complete.csv.length - 20));
    writeFileSync(join(parts[1]!, 'runs.jsonl'), complete.jsonl.slice(0, complete.jsonl.length - 50));
    writeFileSync(join(parts[1]!, 'series.csv'), complete.series.slice(0, complete.series.length - 30));
    const merging = join(temp.dir, 'merged');
    const early = geneva(['merge', ...parts, '--out', merging]);
    expect(early.status).toBe(2);
    expect(oneLineError(early)).toMatch(/^geneva: merge: .*part-2: shard 2\/3 \(runs 8–15\) has 7 of its 8 runs \(finish it with geneva batch … --resume\)$/);
    const resumed = geneva([...base, '--workers', '1', '--shard', '2/3', '--out', parts[1]!, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/resumed at run 15: 1 played/);
    expect(read(parts[1]!, 'runs.csv')).toBe(complete.csv);
    expect(read(parts[1]!, 'runs.jsonl')).toBe(complete.jsonl);
    expect(read(parts[1]!, 'series.csv')).toBe(complete.series);
    const merged = geneva(['merge', parts[2]!, parts[0]!, parts[1]!, '--out', merging]);
    expect(merged.status, merged.stderr).toBe(0);
    for (const file of ['runs.csv', 'runs.jsonl', 'series.csv', 'series-summary.csv', 'points.csv', 'summary.json', 'summary.md']) expect(read(merging, file), file).toBe(read(whole, file));
    // The manifest too, but for its provenance (who wrote it, when, where), which differs each time.
    const deterministic = (dir: string) => {
      const { provenance, ...rest } = JSON.parse(read(dir, 'manifest.json')) as { provenance: { command: string[]; shards?: unknown } };
      return { text: JSON.stringify(rest, null, 2), provenance };
    };
    expect(deterministic(merging).text).toBe(deterministic(whole).text);
    expect(deterministic(merging).provenance.command[0]).toBe('merge');
    // Each shard's own record under the merge's, shard 2 with its resumption.
    const shards = deterministic(merging).provenance.shards as { command: string[]; resumes: { command: string[] }[] }[];
    expect(shards.map((p) => p.command.slice(-2))).toEqual(parts.map((dir) => ['--out', dir]));
    expect(shards.map((p) => p.resumes.length)).toEqual([0, 1, 0]);
    const replay = geneva(['replay', '--batch', parts[1]!, '--run', '12', '--json']);
    expect(replay.status, replay.stderr).toBe(0);
    const elsewhere = geneva(['replay', '--batch', parts[1]!, '--run', '3']);
    expect(oneLineError(elsewhere)).toMatch(/^geneva: --run 3: not in .*part-2, which holds shard 2\/3 \(runs 8–15\); replay it from the shard that has it, or from the merged batch$/);
    const other = join(temp.dir, 'other-seed');
    expect(geneva([...base, '--seed', '6', '--workers', '1', '--shard', '3/3', '--out', other]).status).toBe(0);
    const cases: [string[], RegExp][] = [
      [['merge', parts[0]!, parts[1]!, '--out', join(temp.dir, 'm1')], /^geneva: merge: shard 3\/3 is missing \(give every shard's folder\)$/],
      [['merge', parts[0]!, parts[1]!, other, '--out', join(temp.dir, 'm2')], /^geneva: merge: .*other-seed is not a shard of the batch in .*part-1: it was run with --seed 5, not 6$/],
      [['merge', parts[0]!, parts[0]!, '--out', join(temp.dir, 'm3')], /^geneva: merge: .*part-1 and .*part-1 are both shard 1\/3 \(runs 0–7\)$/],
      [['merge', whole, '--out', join(temp.dir, 'm4')], /^geneva: merge: .*w1: holds a whole batch, not a shard \(made with --shard K\/N\)$/],
      [['merge', ...parts, '--out', merging], /^geneva: merge: --out .*merged: holds a batch already \(choose another --out\)$/],
      [[...base, '--shard', '4/3', '--out', join(temp.dir, 'm5')], /^geneva: --shard 4\/3: K must be from 1 to N \(3\)$/],
      [[...base, '--shard', 'half', '--out', join(temp.dir, 'm6')], /^geneva: --shard half: expected K\/N, e\.g\. 2\/3 for the second of three shards$/],
      [[...base, '--shard', '1/30', '--out', join(temp.dir, 'm7')], /^geneva: --shard 1\/30: more shards than the batch has runs \(24\)$/],
      [[...base, '--workers', '1', '--shard', '1/2', '--out', parts[1]!, '--resume'], /^geneva: --resume: .*part-2: it is shard 2\/3 \(runs 8–15\), not shard 1\/2 \(runs 0–11\)$/],
    ];
    for (const [args, expected] of cases) {
      const run = geneva(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(oneLineError(run), args.join(' ')).toMatch(expected);
    }
  });

  it('refuses to resume with another scenario, sweep, seed or budget, and to overwrite a batch or stray run files', () => {
    const dir = join(temp.dir, 'w1');
    const stray = join(temp.dir, 'stray');
    temp.file('stray/runs.csv', 'run\n');
    const cases: [string[], RegExp][] = [
      [['batch', 'rsa-2017', '--sweep', sweepFile, '--seed', '5', '--out', dir, '--resume'], /^geneva: --resume: .*w1: it was run with scenario us-russia-bilateral \(us-russia-bilateral, hash [0-9a-f]+\), not rsa-2017 \(rsa-2017, hash [0-9a-f]+\)$/],
      [['batch', 'us-russia-bilateral', '--runs', '24', '--seed', '5', '--out', dir, '--resume'], /^geneva: --resume: .*w1: it was run with the sweep .*sweep\.yaml .*, not without one$/],
      [[...base, '--out', dir, '--resume', '--seed', '6'], /^geneva: --resume: .*w1: it was run with --seed 5, not 6$/],
      [[...base, '--out', dir], /^geneva: --out .*w1: holds a batch already \(use --resume to continue it, or another --out\)$/],
      [['batch', 'rsa-2017', '--runs', '5', '--out', join(temp.dir, 'nothing'), '--resume'], /^geneva: --resume: .*nothing: no batch to resume \(no manifest\.json\)$/],
      [[...base, '--out', dir, '--resume', '--budget', '50'], /^geneva: --resume: .*w1: it was run with --budget 1000, not 50$/],
      [['batch', 'rsa-2017', '--runs', '5', '--out', stray], /^geneva: --out .*stray: holds a runs\.csv but no manifest\.json \(not a batch this tool can resume\): choose another --out$/],
    ];
    for (const [args, expected] of cases) {
      const run = geneva(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(oneLineError(run), args.join(' ')).toMatch(expected);
    }
  });

  it('records a run that fails (a --trusted strategy that hangs: no sandbox interrupts it) as a row with its error, and goes on', () => {
    const hang = temp.file('hang.mjs', `export default { id: 'hang', name: 'Hang', description: '', meta: { kinds: ['state'], stochastic: false, memory: false },
  decide(v, r) { if (r.phase === 'operations' && v.year === 2 && v.public.log.length % 2 === 0) for (;;) {} return { phase: r.phase }; } };\n`);
    const dir = join(temp.dir, 'failing');
    const run = geneva(['batch', 'us-russia-bilateral', '--runs', '8', '--seat', `usa=${hang}`, '--budget', '20', '--out', dir, '--quiet', '--trusted']);
    expect(run.status, run.stderr).toBe(0);
    const rows = jsonl(dir);
    expect(rows.map((r) => r['run'])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const failed = rows.filter((r) => r['error'] !== '');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(8);
    for (const row of failed) {
      expect(row['error']).toMatch(/hang\.mjs \(seat usa\) made no decision for 1000 ms \(hung\)/);
      expect(row['inForce']).toBeUndefined();
    }
    expect(pointsCsv(dir)[0]).toMatchObject({ runs: 8 - failed.length, failed: failed.length });
    expect(JSON.parse(read(dir, 'summary.json'))).toMatchObject({ failed: failed.length });
    const replay = geneva(['replay', '--batch', dir, '--run', String(failed[0]!['run'])]);
    expect(replay.status).toBe(2);
    expect(oneLineError(replay)).toMatch(/this run failed in the batch \(.*\(hung\)\); there is no game to replay$/);
  }, 60_000);

  it('writes runs.parquet with --parquet (also on a finished batch with --resume, and on merge): the rows of runs.jsonl in typed columns, the same bytes for any worker count', async () => {
    const folders = ['w1', 'w2'].map((name) => join(temp.dir, name));
    folders.forEach((dir, k) => {
      const run = geneva([...base, '--workers', String(k + 1), '--out', dir, '--resume', '--parquet']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/resumed at run 24: 0 played/);
      expect(run.stdout).toMatch(/Wrote .*w\d\/runs\.csv, runs\.jsonl, runs\.parquet, series\.csv, series\.parquet, series-summary\.csv, points\.csv, points\.parquet, summary\.md, summary\.json/);
    });
    const bytes = folders.map((dir) => readFileSync(join(dir, 'runs.parquet')));
    expect(bytes[0]!.equals(bytes[1]!)).toBe(true);
    const merged = join(temp.dir, 'merged-parquet');
    const merge = geneva(['merge', ...[1, 2, 3].map((k) => join(temp.dir, `part-${k}`)), '--out', merged, '--parquet']);
    expect(merge.status, merge.stderr).toBe(0);
    expect(readFileSync(join(merged, 'runs.parquet')).equals(bytes[0]!)).toBe(true);
    expect(readFileSync(join(merged, 'series.parquet')).equals(readFileSync(join(folders[0]!, 'series.parquet')))).toBe(true);
    const { rows, types } = await parquetOf(folders[0]!);
    expect(rows).toEqual(jsonl(folders[0]!).map((row) => Object.fromEntries(Object.keys(rows[0]!).map((c) => [c, row[c] ?? null]))));
    expect(types).toMatchObject({ run: 'INT64', seed: 'BYTE_ARRAY', 'actors.usa.domesticHurdle': 'DOUBLE', 'rules.entryIntoForce.ratifications': 'INT64', inForce: 'BOOLEAN', civilianHarm: 'DOUBLE', incidents: 'INT64', error: 'BYTE_ARRAY' });
    // points.parquet: the rows of points.csv, typed; the same bytes for any worker count and on merge.
    const points = await parquetOf(folders[0]!, 'points.parquet');
    expect(points.rows).toEqual(pointsCsv(folders[0]!));
    expect(points.types).toMatchObject({ point: 'INT64', 'actors.usa.domesticHurdle': 'DOUBLE', 'rules.entryIntoForce.ratifications': 'INT64', runs: 'INT64', 'civilianHarm.mean': 'DOUBLE', 'inForce.rate': 'DOUBLE' });
    expect(readFileSync(join(folders[1]!, 'points.parquet')).equals(readFileSync(join(folders[0]!, 'points.parquet')))).toBe(true);
    expect(readFileSync(join(merged, 'points.parquet')).equals(readFileSync(join(folders[0]!, 'points.parquet')))).toBe(true);
    // A failed run's outcome cells are nulls there.
    const failing = join(temp.dir, 'failing');
    const hang = join(temp.dir, 'hang.mjs');
    const again = geneva(['batch', 'us-russia-bilateral', '--runs', '8', '--seat', `usa=${hang}`, '--budget', '20', '--out', failing, '--quiet', '--resume', '--parquet', '--trusted']);
    expect(again.status, again.stderr).toBe(0);
    const failed = (await parquetOf(failing)).rows.filter((r) => r['error'] !== '');
    expect(failed.length).toBeGreaterThan(0);
    for (const row of failed) expect([row['inForce'], row['civilianHarm'], row['faults']]).toEqual([null, null, null]);
  }, 60_000);

  it('refuses a bad sweep in one line naming the path, before any run (no folder written)', () => {
    const cases: [string, RegExp, number][] = [
      ['method: grid\nparameters:\n  actors.uas.domesticHurdle: { values: [1, 2] }\n', /bad-1\.yaml: parameters\.actors\.uas\.domesticHurdle: no actors\.uas in scenario us-russia-bilateral$/, 1],
      ['method: grid\nparameters:\n  actors.usa.capability: { values: [0.5, 3] }\n', /bad-2\.yaml: parameters\.actors\.usa\.capability: .* \(at 3\)$/, 1],
      ['method: lhs\nparameters:\n  actors.usa.capability: { min: 0, max: 1 }\n', /bad-3\.yaml:1:1: points: required by lhs$/, 1],
      ['method: grid\nparameters:\n  rules.nonsense: { values: [1] }\n', /bad-4\.yaml: parameters\.rules\.nonsense: unknown key/, 1],
      // A range past the field's bounds is refused at its extreme, whatever points the seed draws.
      ['method: lhs\npoints: 3\nparameters:\n  actors.usa.capability: { min: 0.2, max: 1.5 }\n', /bad-5\.yaml: parameters\.actors\.usa\.capability: .*<=1 \(at 1\.5\)$/, 1],
      ['method: grid\nparameters:\n  actors.usa.strategy: { values: [realist, realsit] }\n', /bad-6\.yaml: parameters\.actors\.usa\.strategy: no built-in strategy "realsit" \(built-ins: .*\) \(design point 1: "realsit"\)$/, 1],
      ['method: lhs\npoints: 4\nsecondOrder: true\nparameters:\n  rules.sanction: { min: 0, max: 1 }\n', /bad-7\.yaml:3:14: secondOrder: not used by lhs \(only by sobol\)$/, 1],
      [`method: sobol\nsamples: 4\nparameters:\n${Array.from({ length: 21 }, (_, i) => `  p${i}: { min: 0, max: 1 }\n`).join('')}`, /bad-8\.yaml:\d+:\d+: parameters: sobol takes at most 20 parameters \(its Sobol sequence has 40 dimensions\), not 21$/, 1],
    ];
    cases.forEach(([text, expected, code], k) => {
      const file = temp.file(`bad-${k + 1}.yaml`, text);
      const out = join(temp.dir, `never-${k}`);
      const run = geneva(['batch', 'us-russia-bilateral', '--sweep', file, '--out', out]);
      expect(run.status, text).toBe(code);
      expect(oneLineError(run), text).toMatch(expected);
      expect(existsSync(out), text).toBe(false);
    });
    const missing = geneva(['batch', 'us-russia-bilateral', '--out', join(temp.dir, 'never')]);
    expect(oneLineError(missing)).toBe('geneva: batch: --runs N is required without --sweep');
    const mismatch = geneva(['batch', 'us-russia-bilateral', '--sweep', sweepFile, '--runs', '10', '--out', join(temp.dir, 'never')]);
    expect(oneLineError(mismatch)).toMatch(/^geneva: --runs 10: the sweep .* gives 4 points × 6 replications = 24 runs \(leave --runs out\)$/);
  });

  it('prints plain progress lines with runs/s and ETA when stderr is not a terminal, and none with --quiet', () => {
    const dir = join(temp.dir, 'progress');
    const run = geneva(['batch', 'us-russia-bilateral', '--runs', '400', '--out', dir], { env: { GENEVA_PROGRESS_EVERY_MS: '1' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^batch: \d+\/400 runs \(\d+%\), \d+ runs\/s, ETA \d+ s$/m);
    const quiet = geneva(['batch', 'us-russia-bilateral', '--runs', '50', '--out', join(temp.dir, 'quiet'), '--quiet'], { env: { GENEVA_PROGRESS_EVERY_MS: '1' } });
    expect(quiet.stderr).toBe('');
  });
});
