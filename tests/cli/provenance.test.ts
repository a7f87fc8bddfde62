/**
 * A batch's manifest says how it was made (command line, times, machine, versions) apart from what it
 * is, and a sweep's design seed is separate from the run seeds: the same points under other dice.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '@geneva/engine';
import { designOf, parseSweep } from '@geneva/lab';
import { REPO, geneva, oneLineError, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(() => temp.remove());

const SWEEP = 'method: lhs\npoints: 3\nreplications: 2\nparameters:\n  actors.usa.domesticHurdle: { distribution: triangular, min: 0.5, mode: 1, max: 4 }\n';
const sweepFile = temp.file('sweep.yaml', SWEEP);
const seededFile = temp.file('seeded.yaml', `seed: 7\n${SWEEP}`);

interface Session {
  command: string[];
  startedAt: string;
  endedAt: string | null;
  wallSeconds: number | null;
  node: string;
  host: string;
  platform: string;
  arch: string;
  cores: number;
  engine: string;
  lab: string;
}
interface Manifest {
  seed: string;
  designSeed?: string;
  design: { points: number[][] };
  provenance: Session & { resumes: Session[] };
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const withoutProvenance = (dir: string) => {
  const { provenance: _p, ...rest } = manifestOf(dir);
  return JSON.stringify(rest);
};
const rowsOf = (dir: string) => readFileSync(join(dir, 'runs.csv'), 'utf8');

/** `geneva batch us-russia-bilateral …` into temp/name, checked to exit 0; its folder. */
function batch(name: string, extra: readonly string[]): { dir: string; args: string[]; stdout: string } {
  const dir = join(temp.dir, name);
  const args = ['batch', 'us-russia-bilateral', '--quiet', '--workers', '1', '--out', dir, ...extra];
  const run = geneva(args);
  expect(run.status, run.stderr).toBe(0);
  return { dir, args, stdout: run.stdout };
}

describe('the provenance of a batch', () => {
  it('records the command line, UTC start and end, wall time, Node, host, platform, cores and versions', () => {
    const before = Date.now();
    const { dir, args } = batch('first', ['--sweep', sweepFile, '--seed', '3']);
    const after = Date.now();
    const p = manifestOf(dir).provenance;
    expect(p.command).toEqual(args);
    expect(p.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(p.endedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const [start, end] = [Date.parse(p.startedAt), Date.parse(p.endedAt!)];
    expect(start).toBeGreaterThanOrEqual(before);
    expect(end).toBeLessThanOrEqual(after);
    expect(p.wallSeconds).toBeCloseTo((end - start) / 1000, 3);
    expect(p.wallSeconds).toBeGreaterThan(0);
    expect(p).toMatchObject({ node: process.version, host: hostname(), platform: process.platform, arch: process.arch, cores: availableParallelism(), engine: ENGINE_VERSION, resumes: [] });
    expect(p.lab).toBe((JSON.parse(readFileSync(join(REPO, 'packages', 'lab', 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('keeps the first start on --resume and appends the resumption, the rest of the manifest byte for byte', () => {
    const dir = join(temp.dir, 'first');
    const first = manifestOf(dir);
    const text = withoutProvenance(dir);
    const args = ['batch', 'us-russia-bilateral', '--quiet', '--workers', '1', '--out', dir, '--sweep', sweepFile, '--seed', '3', '--resume'];
    const run = geneva(args);
    expect(run.status, run.stderr).toBe(0);
    const p = manifestOf(dir).provenance;
    expect(p.startedAt).toBe(first.provenance.startedAt);
    expect(p.endedAt).toBe(first.provenance.endedAt);
    expect(p.resumes).toHaveLength(1);
    expect(p.resumes[0]!.command).toEqual(args);
    expect(Date.parse(p.resumes[0]!.startedAt)).toBeGreaterThanOrEqual(Date.parse(first.provenance.endedAt!));
    expect(withoutProvenance(dir)).toBe(text);
  });

  it('masks the password of a Redis URL in the recorded command', () => {
    const dir = join(temp.dir, 'queued');
    const run = geneva(['batch', 'rsa-2017', '--runs', '2', '--quiet', '--out', dir, '--queue', 'redis://me:s3cret@127.0.0.1:1', '--queue-wait', '1']);
    // No Redis there: the batch stops, its manifest already written, its end not on record.
    expect(run.status).toBe(2);
    const p = manifestOf(dir).provenance;
    expect(p.command).toContain('redis://me:***@127.0.0.1:1');
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).not.toContain('s3cret');
    expect(p.endedAt).toBeNull();
  });
});

describe('the design seed', () => {
  it('gives the same points under other run seeds, and other runs', () => {
    const a = batch('seed-a', ['--sweep', sweepFile, '--seed', '1', '--design-seed', '7']);
    const b = batch('seed-b', ['--sweep', sweepFile, '--seed', '2', '--design-seed', '7']);
    const c = batch('seed-c', ['--sweep', seededFile, '--seed', '3']);
    const [ma, mb, mc] = [manifestOf(a.dir), manifestOf(b.dir), manifestOf(c.dir)];
    expect(mb.design.points).toEqual(ma.design.points);
    expect(mc.design.points).toEqual(ma.design.points);
    expect([ma.designSeed, mb.designSeed, mc.designSeed]).toEqual(['7', '7', '7']);
    expect(rowsOf(b.dir)).not.toBe(rowsOf(a.dir));
    expect(rowsOf(b.dir)).toMatch(/,2\/0,/);
    expect(b.stdout).toMatch(/^Batch of 6 runs of us-russia-bilateral \(3 points × 2, seed 2, design seed 7\)/);
  });

  it('defaults to the batch seed, so that a batch made before design seeds draws the same points', () => {
    const { dir, stdout } = batch('seed-default', ['--sweep', sweepFile, '--seed', '1']);
    expect(stdout).toMatch(/^Batch of 6 runs of us-russia-bilateral \(3 points × 2, seed 1\)/);
    const parsed = parseSweep(SWEEP, 'sweep.yaml');
    if (!parsed.ok) throw new Error('the sweep parses');
    expect(manifestOf(dir).designSeed).toBe('1');
    expect(manifestOf(dir).design.points).toEqual(designOf(parsed.sweep, '1').points);
    expect(manifestOf(dir).design.points).not.toEqual(manifestOf(join(temp.dir, 'seed-a')).design.points);
  });

  it('refuses a resumption with another design seed, and --design-seed without a sweep, in one line', () => {
    const other = geneva(['batch', 'us-russia-bilateral', '--quiet', '--out', join(temp.dir, 'seed-a'), '--sweep', sweepFile, '--seed', '1', '--design-seed', '8', '--resume']);
    expect(other.status).toBe(2);
    expect(oneLineError(other)).toMatch(/^geneva: --resume: .*seed-a: its design was drawn with the design seed 7, not 8$/);
    const alone = geneva(['batch', 'us-russia-bilateral', '--runs', '2', '--design-seed', '8', '--out', join(temp.dir, 'alone')]);
    expect(alone.status).toBe(2);
    expect(oneLineError(alone)).toBe('geneva: --design-seed 8: goes with --sweep (a batch without a sweep has no design to draw)');
    const empty = geneva(['batch', 'us-russia-bilateral', '--sweep', sweepFile, '--design-seed', '', '--out', join(temp.dir, 'empty')]);
    expect(empty.status).toBe(2);
    expect(oneLineError(empty)).toBe('geneva: --design-seed: empty (give a seed: any string or number)');
  });
});

describe('geneva batch --help', () => {
  it('names every sweep method, the distributions, the design seed, the PRIM settings and the provenance', () => {
    const help = geneva(['batch', '--help']);
    expect(help.status).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    for (const word of ['grid', 'random', 'lhs', 'morris', 'sobol', 'normal', 'triangular', 'log-uniform', '--design-seed', 'seed:', 'discovery:', 'minCoverage', 'provenance']) expect(text, word).toContain(word);
  });
});
