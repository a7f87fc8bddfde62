import { describe, expect, it } from 'vitest';
import { shardChoice } from '../../../src/cli/batch/shard-flag.js';
import { UserError } from '../../../src/cli/errors.js';

const SLURM = { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '3' };

/** The one line of the UserError `f` throws. */
function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).lines).toHaveLength(1);
    return (error as UserError).lines[0]!;
  }
  throw new Error('expected a UserError');
}

describe('shardChoice (--shard, --shards)', () => {
  it('keeps --shard K/N as it was, whatever the environment holds', () => {
    expect(shardChoice(undefined, undefined, SLURM)).toEqual({});
    expect(shardChoice('1/3', undefined, SLURM)).toEqual({ shard: { index: 1, count: 3 } });
    expect(errorOf(() => shardChoice('4/3', undefined, {}))).toBe('geneva: --shard 4/3: K must be from 1 to N (3)');
  });

  it('reads --shard auto from the environment it is given, with where it came from', () => {
    expect(shardChoice('auto', undefined, SLURM)).toEqual({ shard: { index: 2, count: 3 }, shardSource: 'SLURM_ARRAY_TASK_ID=2' });
    expect(shardChoice('auto', '3', { JOB_COMPLETION_INDEX: '0' })).toEqual({ shard: { index: 1, count: 3 }, shardSource: 'JOB_COMPLETION_INDEX=0 and --shards 3' });
    expect(errorOf(() => shardChoice('auto', undefined, {}))).toMatch(/^geneva: --shard auto: found neither SLURM_ARRAY_TASK_ID .* nor JOB_COMPLETION_INDEX /);
  });

  it('refuses --shards without --shard auto, and a --shards that is not a plain whole number', () => {
    expect(errorOf(() => shardChoice('1/3', '3', {}))).toBe('geneva: --shards 3: goes with --shard auto (with --shard K/N, N is the count)');
    expect(errorOf(() => shardChoice(undefined, '3', SLURM))).toMatch(/^geneva: --shards 3: goes with --shard auto/);
    for (const bad of ['3abc', '0x3', '1e3', '-3', ' 3', '', '0'])
      expect(errorOf(() => shardChoice('auto', bad, { JOB_COMPLETION_INDEX: '0' }))).toBe(`geneva: --shards ${bad}: expected a whole number from 1 to 1000000000`);
    expect(errorOf(() => shardChoice('auto', '2000000000', { JOB_COMPLETION_INDEX: '0' }))).toBe('geneva: --shard auto: --shards 2000000000: expected a whole number from 1 to 1000000000');
  });
});
