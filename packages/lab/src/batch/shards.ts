/**
 * Shards: a batch split across machines. Shard k of n plays a contiguous slice of the runs, the
 * same runs with the same seeds the whole batch would play there (a run depends only on the batch
 * seed and its index), so the shards' rows, put back together in order, are the whole batch's rows.
 * Contiguous slices keep each shard's files in run order, resumable like a whole batch.
 */

/** Shard `index` (1 … count) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The runs of a shard: `first` … `end − 1`. */
export interface ShardRange {
  readonly first: number;
  readonly end: number;
}

/**
 * Reads `K/N` (as Jest's and Playwright's `--shard`: K from 1 to N).
 *
 * @returns the shard, or why the text is not one
 * @example
 * parseShard('2/3'); // { index: 2, count: 3 }
 * parseShard('0/3'); // 'K must be from 1 to N (3)'
 */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (match === null) return 'expected K/N, e.g. 2/3 for the second of three shards';
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) return 'N must be at least 1';
  if (index < 1 || index > count) return `K must be from 1 to N (${count})`;
  return { index, count };
}

/**
 * The runs shard `shard` of a batch of `runs` plays: run i belongs to shard ⌊i·N / runs⌋ + 1, so the
 * shards differ in size by one run at most.
 *
 * @example
 * shardRange(200, { index: 2, count: 3 }); // { first: 67, end: 134 }
 */
export function shardRange(runs: number, shard: Shard): ShardRange {
  const edge = (k: number) => Math.ceil((k * runs) / shard.count);
  return { first: edge(shard.index - 1), end: edge(shard.index) };
}
