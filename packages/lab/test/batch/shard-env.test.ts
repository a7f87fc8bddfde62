import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardFromEnvironment, type EnvironmentVariables } from '../../src/batch/shard-env.js';

/** The variables SLURM sets in task `id` of `--array=min-max[:step]`. */
function slurm(id: number, min: number, max: number, step?: number): EnvironmentVariables {
  const count = Math.floor((max - min) / (step ?? 1)) + 1;
  const env: Record<string, string> = { SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_COUNT: String(count), SLURM_ARRAY_TASK_MIN: String(min), SLURM_ARRAY_TASK_MAX: String(max) };
  if (step !== undefined) env['SLURM_ARRAY_TASK_STEP'] = String(step);
  return env;
}

/** The shard found, or the test fails with the reason given. */
function shardOf(env: EnvironmentVariables, shards?: number): string {
  const found = shardFromEnvironment(env, shards);
  if (typeof found === 'string') throw new Error(found);
  return `${found.shard.index}/${found.shard.count} from ${found.source}`;
}

/** The refusal, or the test fails with the shard found. */
function refusal(env: EnvironmentVariables, shards?: number): string {
  const found = shardFromEnvironment(env, shards);
  if (typeof found !== 'string') throw new Error(`expected a refusal, got shard ${found.shard.index}/${found.shard.count}`);
  expect(found).not.toContain('\n');
  return found;
}

describe('shardFromEnvironment: SLURM job arrays', () => {
  it('numbers the tasks of --array=1-8 (1-based) as they are', () => {
    expect(shardOf(slurm(3, 1, 8))).toBe('3/8 from SLURM_ARRAY_TASK_ID=3');
    expect(shardOf(slurm(1, 1, 8, 1))).toBe('1/8 from SLURM_ARRAY_TASK_ID=1');
    expect(shardOf(slurm(8, 1, 8))).toBe('8/8 from SLURM_ARRAY_TASK_ID=8');
  });

  it('maps --array=0-7 (0-based), 5-12 (offset) and 1-15:2 (stepped) to 1…count, saying which array', () => {
    expect(shardOf(slurm(0, 0, 7))).toBe('1/8 from SLURM_ARRAY_TASK_ID=0 (array 0-7)');
    expect(shardOf(slurm(7, 0, 7))).toBe('8/8 from SLURM_ARRAY_TASK_ID=7 (array 0-7)');
    expect(shardOf(slurm(7, 5, 12))).toBe('3/8 from SLURM_ARRAY_TASK_ID=7 (array 5-12)');
    expect(shardOf(slurm(1, 1, 15, 2))).toBe('1/8 from SLURM_ARRAY_TASK_ID=1 (array 1-15:2)');
    expect(shardOf(slurm(11, 1, 15, 2))).toBe('6/8 from SLURM_ARRAY_TASK_ID=11 (array 1-15:2)');
  });

  it('gives every task of any evenly spaced array a different shard, together 1…count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 7 }), (min, count, step) => {
        const max = min + (count - 1) * step;
        const indexes = Array.from({ length: count }, (_, k) => {
          const found = shardFromEnvironment(slurm(min + k * step, min, max, step));
          if (typeof found === 'string') throw new Error(found);
          expect(found.shard.count).toBe(count);
          return found.shard.index;
        });
        expect(indexes).toEqual(Array.from({ length: count }, (_, k) => k + 1));
      }),
    );
  });

  it('refuses an array with gaps (--array=1,4,9), naming the variables and what to do instead', () => {
    const env = { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '9' };
    const why = refusal(env);
    expect(why).toBe(
      'SLURM_ARRAY_TASK_ID=4 SLURM_ARRAY_TASK_COUNT=3 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=9: the array\'s ids are not evenly spaced (as --array=1,4,9), so they cannot be numbered 1…3: submit --array=1-3, or give each task its --shard K/3',
    );
    // Whatever step SLURM reports for such an array, and for its first task too (whose id alone would map).
    for (const step of ['1', '3', '5']) expect(refusal({ ...env, SLURM_ARRAY_TASK_STEP: step })).toMatch(/not evenly spaced/);
    expect(refusal({ ...env, SLURM_ARRAY_TASK_ID: '1' })).toMatch(/not evenly spaced/);
  });

  it('refuses an id outside the array or off its step', () => {
    expect(refusal(slurm(2, 1, 15, 2))).toMatch(/^SLURM_ARRAY_TASK_ID=2 .*: the task's id is not one of the array's 1-15:2$/);
    expect(refusal({ ...slurm(3, 1, 8), SLURM_ARRAY_TASK_ID: '9' })).toMatch(/the task's id is not one of the array's 1-8$/);
    expect(refusal({ ...slurm(3, 5, 12), SLURM_ARRAY_TASK_ID: '4' })).toMatch(/the task's id is not one of the array's 5-12$/);
  });

  it('refuses garbage values one line at a time, naming the variable and its value', () => {
    for (const bad of ['3abc', '-1', '1e3', '3.0', '0x3', '99999999999', '12345678901234567890'])
      expect(refusal({ ...slurm(3, 1, 8), SLURM_ARRAY_TASK_ID: bad })).toBe(`SLURM_ARRAY_TASK_ID=${bad}: expected a whole number from 0 to 1000000000`);
    // Blanks, control characters and long values are quoted and cut, so that the message stays one short line.
    for (const [bad, shown] of [[' 3', '" 3"'], ['', '""'], ['3\n4', '"3\\n4"'], ['9'.repeat(5000), `"${'9'.repeat(24)}…"`]])
      expect(refusal({ ...slurm(3, 1, 8), SLURM_ARRAY_TASK_ID: bad! })).toBe(`SLURM_ARRAY_TASK_ID=${shown}: expected a whole number from 0 to 1000000000`);
    expect(refusal({ SLURM_ARRAY_TASK_ID: 'x\ny' })).toMatch(/^SLURM_ARRAY_TASK_ID="x\\ny" is set but not /);
    expect(refusal({ ...slurm(3, 1, 8), SLURM_ARRAY_TASK_COUNT: 'eight' })).toBe('SLURM_ARRAY_TASK_COUNT=eight: expected a whole number from 0 to 1000000000');
    expect(refusal({ ...slurm(3, 1, 8), SLURM_ARRAY_TASK_STEP: '-2' })).toBe('SLURM_ARRAY_TASK_STEP=-2: expected a whole number from 0 to 1000000000');
    expect(refusal({ ...slurm(0, 0, 0), SLURM_ARRAY_TASK_COUNT: '0' })).toMatch(/: not a job array \(the count and step must be at least 1\)$/);
    expect(refusal({ ...slurm(1, 1, 8), SLURM_ARRAY_TASK_STEP: '0' })).toMatch(/: not a job array/);
  });

  it('refuses a task id without the rest of the array variables', () => {
    expect(refusal({ SLURM_ARRAY_TASK_ID: '3' })).toBe(
      'SLURM_ARRAY_TASK_ID=3 is set but not SLURM_ARRAY_TASK_COUNT, SLURM_ARRAY_TASK_MIN, SLURM_ARRAY_TASK_MAX (SLURM sets them all in a job array): give --shard K/N',
    );
    const { SLURM_ARRAY_TASK_MAX: _max, ...noMax } = slurm(3, 1, 8);
    expect(refusal(noMax)).toMatch(/is set but not SLURM_ARRAY_TASK_MAX \(/);
  });

  it('takes --shards as a cross-check that must agree with SLURM_ARRAY_TASK_COUNT', () => {
    expect(shardOf(slurm(3, 1, 8), 8)).toBe('3/8 from SLURM_ARRAY_TASK_ID=3');
    expect(refusal(slurm(3, 1, 8), 4)).toBe('--shards 4 disagrees with SLURM_ARRAY_TASK_COUNT=8: leave --shards out, or make them agree');
  });
});

describe('shardFromEnvironment: Kubernetes Indexed Jobs', () => {
  it('numbers the 0-based completion index 1…--shards', () => {
    expect(shardOf({ JOB_COMPLETION_INDEX: '0' }, 3)).toBe('1/3 from JOB_COMPLETION_INDEX=0 and --shards 3');
    expect(shardOf({ JOB_COMPLETION_INDEX: '2' }, 3)).toBe('3/3 from JOB_COMPLETION_INDEX=2 and --shards 3');
  });

  it('asks for --shards without it (Kubernetes does not give the pod the completion count)', () => {
    expect(refusal({ JOB_COMPLETION_INDEX: '2' })).toBe(
      "JOB_COMPLETION_INDEX=2 is set (a Kubernetes Indexed Job), but Kubernetes does not tell the pod how many completions there are: give --shards N (the Job's spec.completions)",
    );
  });

  it('refuses an index at or past --shards, garbage indexes and a bad --shards', () => {
    expect(refusal({ JOB_COMPLETION_INDEX: '3' }, 3)).toBe("JOB_COMPLETION_INDEX=3 is not below --shards 3 (the index runs from 0 to completions − 1): make --shards the Job's spec.completions");
    expect(refusal({ JOB_COMPLETION_INDEX: '4000000000' }, 3)).toMatch(/^JOB_COMPLETION_INDEX=4000000000: expected a whole number/);
    for (const bad of ['3abc', '-1', '1.5', 'NaN'])
      expect(refusal({ JOB_COMPLETION_INDEX: bad }, 3)).toBe(`JOB_COMPLETION_INDEX=${bad}: expected a whole number from 0 to 1000000000`);
    expect(refusal({ JOB_COMPLETION_INDEX: '' }, 3)).toBe('JOB_COMPLETION_INDEX="": expected a whole number from 0 to 1000000000');
    for (const shards of [0, -1, 1.5, Number.NaN, 2e9]) expect(refusal({ JOB_COMPLETION_INDEX: '0' }, shards)).toMatch(/^--shards .*: expected a whole number from 1 to 1000000000$/);
  });
});

describe('shardFromEnvironment: neither or both', () => {
  it('says which variables it looked for when neither is set', () => {
    const why = 'found neither SLURM_ARRAY_TASK_ID (a SLURM job array) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) in the environment: outside a job array, give --shard K/N';
    expect(refusal({})).toBe(why);
    expect(refusal({ PATH: '/bin', SLURM_JOB_ID: '42' }, 3)).toBe(why);
  });

  it('accepts both when they agree, and refuses them as ambiguous when they do not', () => {
    expect(shardOf({ ...slurm(3, 1, 8), JOB_COMPLETION_INDEX: '2' })).toBe('3/8 from SLURM_ARRAY_TASK_ID=3');
    expect(shardOf({ ...slurm(2, 0, 7), JOB_COMPLETION_INDEX: '2' }, 8)).toBe('3/8 from SLURM_ARRAY_TASK_ID=2 (array 0-7)');
    expect(refusal({ ...slurm(3, 1, 8), JOB_COMPLETION_INDEX: '3' })).toBe(
      'ambiguous: SLURM_ARRAY_TASK_ID=3 gives shard 3/8 but JOB_COMPLETION_INDEX=3 gives shard 4: unset one of them, or give --shard K/N',
    );
    // A broken one of the two is reported as such, not hidden behind the other.
    expect(refusal({ ...slurm(3, 1, 8), JOB_COMPLETION_INDEX: '9' })).toMatch(/^ambiguous: .* gives shard 10: /);
    expect(refusal({ ...slurm(3, 1, 8), JOB_COMPLETION_INDEX: 'x' })).toMatch(/^JOB_COMPLETION_INDEX=x: /);
    expect(refusal({ ...slurm(3, 1, 8), JOB_COMPLETION_INDEX: '2' }, 4)).toMatch(/^--shards 4 disagrees with SLURM_ARRAY_TASK_COUNT=8/);
    expect(refusal({ SLURM_ARRAY_TASK_ID: '3', JOB_COMPLETION_INDEX: '2' }, 8)).toMatch(/^SLURM_ARRAY_TASK_ID=3 is set but not /);
  });
});
