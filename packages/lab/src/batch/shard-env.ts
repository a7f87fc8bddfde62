/**
 * `--shard auto`: the shard of a batch read from what a job scheduler puts in each task's
 * environment, so a job array runs a split batch with no wrapper script.
 *
 * - SLURM job arrays: `SLURM_ARRAY_TASK_ID` is whatever id `--array=` gave the task (0-7, 1-8, 5-12,
 *   1-15:2…), so it is mapped to 1…`SLURM_ARRAY_TASK_COUNT` through `SLURM_ARRAY_TASK_MIN`, `_MAX` and
 *   `_STEP` (1 when unset). An array whose ids are not evenly spaced (`--array=1,4,9`) has no such
 *   mapping that every task would agree on, and is refused rather than guessed.
 * - Kubernetes Indexed Jobs: `JOB_COMPLETION_INDEX` is 0 … completions − 1, but Kubernetes does not
 *   give the pod the number of completions, so that comes from `--shards N`.
 *
 * Pure: it reads the record it is given, never `process.env`. Every value is treated as hostile
 * (an environment is whatever a user or a template put there): only plain decimal whole numbers.
 */
import type { Shard } from './shards.js';

/** An environment: variable names to values, as `process.env`. */
export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;

/** A shard found in the environment, with where it came from (for the batch's report line). */
export interface ShardFromEnvironment {
  readonly shard: Shard;
  /** E.g. `SLURM_ARRAY_TASK_ID=7 (array 5-12)` or `JOB_COMPLETION_INDEX=2 and --shards 3`. */
  readonly source: string;
}

/** The largest shard count or id read: far past any scheduler's array limit, well inside exact integers. */
const MAX_VALUE = 1_000_000_000;

const SLURM_ID = 'SLURM_ARRAY_TASK_ID';
const K8S_INDEX = 'JOB_COMPLETION_INDEX';

/**
 * The shard this task of a job array plays.
 *
 * @param env the task's environment
 * @param shards `--shards N`, if given: required with Kubernetes, checked against SLURM's count
 * @returns the shard and its source, or why none can be read (one line, naming the variables)
 * @example
 * shardFromEnvironment({ SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_COUNT: '8', SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_MAX: '12' });
 * // { shard: { index: 3, count: 8 }, source: 'SLURM_ARRAY_TASK_ID=7 (array 5-12)' }
 * shardFromEnvironment({ JOB_COMPLETION_INDEX: '2' }, 3); // { shard: { index: 3, count: 3 }, source: 'JOB_COMPLETION_INDEX=2 and --shards 3' }
 */
export function shardFromEnvironment(env: EnvironmentVariables, shards?: number): ShardFromEnvironment | string {
  if (shards !== undefined && !isCount(shards)) return `--shards ${shards}: expected a whole number from 1 to ${MAX_VALUE}`;
  const slurm = env[SLURM_ID] === undefined ? null : slurmShard(env, shards);
  const hasIndex = env[K8S_INDEX] !== undefined;
  if (slurm === null && !hasIndex)
    return `found neither ${SLURM_ID} (a SLURM job array) nor ${K8S_INDEX} (a Kubernetes Indexed Job) in the environment: outside a job array, give --shard K/N`;
  if (slurm === null) return kubernetesShard(env, shards);
  if (typeof slurm === 'string' || !hasIndex) return slurm;
  return agreeing(slurm, env);
}

/** SLURM's shard when the environment also has a Kubernetes index that agrees with it (SLURM's count standing for --shards). */
function agreeing(slurm: ShardFromEnvironment, env: EnvironmentVariables): ShardFromEnvironment | string {
  const value = env[K8S_INDEX]!;
  const index = wholeNumber(value);
  if (index === null) return `${K8S_INDEX}=${printable(value)}: expected a whole number from 0 to ${MAX_VALUE}`;
  if (index + 1 === slurm.shard.index) return slurm;
  return `ambiguous: ${slurm.source} gives shard ${slurm.shard.index}/${slurm.shard.count} but ${K8S_INDEX}=${value} gives shard ${index + 1}: unset one of them, or give --shard K/N`;
}

/** The shard of a SLURM array task, or why its variables do not give one. */
function slurmShard(env: EnvironmentVariables, shards: number | undefined): ShardFromEnvironment | string {
  const names = ['ID', 'COUNT', 'MIN', 'MAX'].map((name) => `SLURM_ARRAY_TASK_${name}`);
  const missing = names.filter((name) => env[name] === undefined);
  if (missing.length > 0) return `${SLURM_ID}=${printable(env[SLURM_ID]!)} is set but not ${missing.join(', ')} (SLURM sets them all in a job array): give --shard K/N`;
  const values = [...names, 'SLURM_ARRAY_TASK_STEP'].map((name) => [name, env[name] ?? '1'] as const);
  const numbers: number[] = [];
  for (const [name, value] of values) {
    const n = wholeNumber(value);
    if (n === null) return `${name}=${printable(value)}: expected a whole number from 0 to ${MAX_VALUE}`;
    numbers.push(n);
  }
  const [id, count, min, max, step] = numbers as [number, number, number, number, number];
  const shown = values.filter(([name]) => env[name] !== undefined).map(([name, value]) => `${name}=${value}`).join(' ');
  if (count < 1 || step < 1) return `${shown}: not a job array (the count and step must be at least 1)`;
  if (max !== min + (count - 1) * step)
    return `${shown}: the array's ids are not evenly spaced (as --array=1,4,9), so they cannot be numbered 1…${count}: submit --array=1-${count}, or give each task its --shard K/${count}`;
  if (id < min || id > max || (id - min) % step !== 0) return `${shown}: the task's id is not one of the array's ${min}-${max}${step === 1 ? '' : `:${step}`}`;
  if (shards !== undefined && shards !== count) return `--shards ${shards} disagrees with SLURM_ARRAY_TASK_COUNT=${count}: leave --shards out, or make them agree`;
  const plain = min === 1 && step === 1;
  return { shard: { index: (id - min) / step + 1, count }, source: `${SLURM_ID}=${id}${plain ? '' : ` (array ${min}-${max}${step === 1 ? '' : `:${step}`})`}` };
}

/** The shard of a Kubernetes Indexed Job's pod, or why its index and `--shards` do not give one. */
function kubernetesShard(env: EnvironmentVariables, shards: number | undefined): ShardFromEnvironment | string {
  const value = env[K8S_INDEX]!;
  const index = wholeNumber(value);
  if (index === null) return `${K8S_INDEX}=${printable(value)}: expected a whole number from 0 to ${MAX_VALUE}`;
  if (shards === undefined)
    return `${K8S_INDEX}=${value} is set (a Kubernetes Indexed Job), but Kubernetes does not tell the pod how many completions there are: give --shards N (the Job's spec.completions)`;
  if (index >= shards) return `${K8S_INDEX}=${value} is not below --shards ${shards} (the index runs from 0 to completions − 1): make --shards the Job's spec.completions`;
  return { shard: { index: index + 1, count: shards }, source: `${K8S_INDEX}=${index} and --shards ${shards}` };
}

/** A plain decimal whole number from 0 to MAX_VALUE, or null ('3abc', '-1', '1e3', ' 3', '' are not). */
function wholeNumber(value: string): number | null {
  if (!/^[0-9]{1,10}$/.test(value)) return null;
  const n = Number(value);
  return n <= MAX_VALUE ? n : null;
}

/** A value as it can be shown in a one-line message: as it is when short and plain, else quoted (newlines escaped) and cut. */
function printable(value: string): string {
  if (/^[\x21-\x7e]{1,24}$/.test(value)) return value;
  return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_VALUE;
}
