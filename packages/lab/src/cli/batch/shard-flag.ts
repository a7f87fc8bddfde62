/**
 * `--shard K/N`, `--shard auto` and `--shards N` of `geneva batch`, read into the batch's shard and,
 * for `auto`, where it came from (a job scheduler's variables, see batch/shard-env.ts). The
 * environment is a parameter, so that only main.ts touches `process.env`.
 */
import { parseShard, shardFromEnvironment, type EnvironmentVariables, type Shard } from '../../index.js';
import { UserError } from '../errors.js';

/** The shard of a batch and, when it was read from the environment, from which variables. */
export interface ShardChoice {
  readonly shard?: Shard;
  /** E.g. `SLURM_ARRAY_TASK_ID=3`: said in the batch's report line. */
  readonly shardSource?: string;
}

/**
 * The shard `--shard` (and `--shards`) ask for: none without `--shard`.
 *
 * @throws UserError (one line) for a bad K/N, `--shards` without `--shard auto`, or an environment that gives no shard
 * @example
 * shardChoice('auto', '3', { JOB_COMPLETION_INDEX: '0' }); // { shard: { index: 1, count: 3 }, shardSource: 'JOB_COMPLETION_INDEX=0 and --shards 3' }
 */
export function shardChoice(shard: string | undefined, shards: string | undefined, env: EnvironmentVariables): ShardChoice {
  if (shards !== undefined && shard !== 'auto') throw new UserError(`geneva: --shards ${shards}: goes with --shard auto (with --shard K/N, N is the count)`);
  if (shard === undefined) return {};
  if (shard !== 'auto') {
    const parsed = parseShard(shard);
    if (typeof parsed === 'string') throw new UserError(`geneva: --shard ${shard}: ${parsed}`);
    return { shard: parsed };
  }
  // Digits only: Number() would take '0x10', '1e3' and ' 3'.
  if (shards !== undefined && !/^0*[1-9][0-9]{0,9}$/.test(shards)) throw new UserError(`geneva: --shards ${shards}: expected a whole number from 1 to 1000000000`);
  const found = shardFromEnvironment(env, shards === undefined ? undefined : Number(shards));
  if (typeof found === 'string') throw new UserError(`geneva: --shard auto: ${found}`);
  return { shard: found.shard, shardSource: found.source };
}
