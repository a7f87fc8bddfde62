/**
 * `geneva batch … --shard auto` against the real binary, in the environment a SLURM job array task or
 * a Kubernetes Indexed Job pod gets (there is no scheduler here: the variables are the ones they
 * set). The shards, merged, must be the plain batch byte for byte; what cannot be a shard, one line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geneva, oneLineError, tempDir } from './helpers.js';

// A test run inside a real job array must not see its own task's variables.
for (const name of Object.keys(process.env)) if (name.startsWith('SLURM_ARRAY_') || name === 'JOB_COMPLETION_INDEX') delete process.env[name];

const temp = tempDir();
afterAll(() => temp.remove());

const base = ['batch', 'rsa-2017', '--runs', '30', '--seed', '7', '--workers', '1', '--quiet'];
const read = (dir: string, file: string) => readFileSync(join(dir, file));

/** The variables SLURM sets in task `id` of `sbatch --array=1-3`. */
function slurmTask(id: number): Record<string, string> {
  return { SLURM_ARRAY_JOB_ID: '4242', SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '3', SLURM_ARRAY_TASK_STEP: '1' };
}

/** Plays the three shards (each with its environment and extra flags), merges them, and returns the merged folder. */
function shardsMerged(name: string, task: (k: number) => { env: Record<string, string>; flags: string[]; source: string }): string {
  const parts = [1, 2, 3].map((k) => join(temp.dir, `${name}-${k}`));
  parts.forEach((dir, i) => {
    const { env, flags, source } = task(i + 1);
    const run = geneva([...base, '--shard', 'auto', ...flags, '--out', dir], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`shard ${i + 1}/3 (runs ${i * 10}–${i * 10 + 9}) from ${source}: 10 played`);
    expect(JSON.parse(read(dir, 'manifest.json').toString('utf8')).shard).toEqual({ index: i + 1, count: 3, first: i * 10, end: i * 10 + 10 });
  });
  const merged = join(temp.dir, `${name}-merged`);
  const merge = geneva(['merge', parts[2]!, parts[0]!, parts[1]!, '--out', merged]);
  expect(merge.status, merge.stderr).toBe(0);
  return merged;
}

describe('geneva batch --shard auto', () => {
  // The plain 30-run batch to compare with.
  const whole = join(temp.dir, 'whole');
  beforeAll(() => {
    const run = geneva([...base, '--out', whole]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('in the three tasks of a SLURM job array (--array=1-3): merged, the same runs.csv and runs.jsonl as the plain batch, byte for byte', () => {
    const merged = shardsMerged('slurm', (k) => ({ env: slurmTask(k), flags: [], source: `SLURM_ARRAY_TASK_ID=${k}` }));
    for (const file of ['runs.csv', 'runs.jsonl', 'summary.json']) expect(read(merged, file).equals(read(whole, file)), file).toBe(true);
    // The task, rerun with --resume (as a requeued SLURM task would be), finds its own shard again.
    const again = geneva([...base, '--shard', 'auto', '--out', join(temp.dir, 'slurm-2'), '--resume'], { env: slurmTask(2) });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('shard 2/3 (runs 10–19) from SLURM_ARRAY_TASK_ID=2');
  });

  it('in the three pods of a Kubernetes Indexed Job (JOB_COMPLETION_INDEX 0…2, --shards 3): the same bytes again', () => {
    const merged = shardsMerged('k8s', (k) => ({ env: { JOB_COMPLETION_INDEX: String(k - 1) }, flags: ['--shards', '3'], source: `JOB_COMPLETION_INDEX=${k - 1} and --shards 3` }));
    for (const file of ['runs.csv', 'runs.jsonl']) expect(read(merged, file).equals(read(whole, file)), file).toBe(true);
  });

  it('refuses, in one line before any run, what gives no shard', () => {
    const cases: [Record<string, string>, string[], RegExp][] = [
      [{}, [], /^geneva: --shard auto: found neither SLURM_ARRAY_TASK_ID \(a SLURM job array\) nor JOB_COMPLETION_INDEX \(a Kubernetes Indexed Job\) in the environment: outside a job array, give --shard K\/N$/],
      [{ SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '9' }, [], /^geneva: --shard auto: SLURM_ARRAY_TASK_ID=4 .*SLURM_ARRAY_TASK_MAX=9: the array's ids are not evenly spaced/],
      [{ JOB_COMPLETION_INDEX: '1' }, [], /^geneva: --shard auto: JOB_COMPLETION_INDEX=1 is set \(a Kubernetes Indexed Job\), but .* give --shards N/],
      [{ JOB_COMPLETION_INDEX: '3abc' }, ['--shards', '3'], /^geneva: --shard auto: JOB_COMPLETION_INDEX=3abc: expected a whole number/],
      [{ ...slurmTask(1), JOB_COMPLETION_INDEX: '2' }, [], /^geneva: --shard auto: ambiguous: SLURM_ARRAY_TASK_ID=1 gives shard 1\/3 but JOB_COMPLETION_INDEX=2 gives shard 3/],
      [slurmTask(1), ['--shards', '4'], /^geneva: --shard auto: --shards 4 disagrees with SLURM_ARRAY_TASK_COUNT=3/],
      [{ JOB_COMPLETION_INDEX: '0' }, ['--shards', '31'], /^geneva: --shard 1\/31: more shards than the batch has runs \(30\)$/],
    ];
    cases.forEach(([env, flags, message], i) => {
      const run = geneva([...base, '--shard', 'auto', ...flags, '--out', join(temp.dir, `refused-${i}`)], { env });
      expect(run.status, String(message)).toBe(2);
      expect(oneLineError(run)).toMatch(message);
    });
    const kn = geneva([...base, '--shard', '1/3', '--shards', '3', '--out', join(temp.dir, 'refused-kn')]);
    expect(oneLineError(kn)).toBe('geneva: --shards 3: goes with --shard auto (with --shard K/N, N is the count)');
  });
});
