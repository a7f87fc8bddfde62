/**
 * A `geneva worker`: takes chunks of any batch from the queue and plays them on a warm pool of
 * threads (one pool per batch setup, kept while chunks of that batch keep coming), returning each
 * chunk's rows. Everything it reads from Redis is checked first; a strategy file always plays in its
 * sandbox. Workers can join and leave at any time: a chunk whose worker dies goes back to the queue
 * when its lock expires, and another worker plays it.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { GamePool } from '../pool/pool.js';
import type { GameResult } from '../pool/jobs.js';
import type { RowBlock } from '../batch/row-blocks.js';
import { getBlob } from './blobs.js';
import { encodeResult, gameJobs, parseChunk, parseSetup, type ChunkResult } from './chunk-job.js';
import { PREFIX, QUEUE } from './names.js';
import type { RedisTarget } from './redis-url.js';

/** Options of {@link startQueueWorker}. */
export interface QueueWorkerOptions {
  readonly target: RedisTarget;
  /** Threads that play games. */
  readonly threads: number;
  /**
   * How long a chunk's lock lasts without renewal: a worker killed mid-chunk loses its chunk to
   * another worker this long after (BullMQ renews the lock every half of it while the worker lives).
   */
  readonly lockMs: number;
  /** A line for the operator (a batch started, a chunk refused). */
  readonly log: (line: string) => void;
}

/** A running worker. */
export interface QueueWorker {
  /** Stops taking chunks, lets the chunks in hand finish, and stops the threads. */
  close(): Promise<void>;
}

/** Batch setups whose pools are kept warm at once (a worker shared by several batches alternates). */
const WARM_POOLS = 2;

/**
 * Starts a worker on the queue at `options.target`.
 *
 * @example
 * const worker = await startQueueWorker({ target, threads: 2, lockMs: 30_000, log: console.error });
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const redis = new Redis({ ...options.target.options, retryStrategy: () => 1000 });
  redis.on('error', () => undefined);
  const pools = new Pools(redis, options);
  const worker = new Worker<unknown, ChunkResult>(QUEUE, (job) => pools.play(job), {
    connection: options.target.options,
    prefix: PREFIX,
    // One chunk plays while the next is fetched: the threads never wait for Redis.
    concurrency: 2,
    lockDuration: options.lockMs,
    stalledInterval: Math.max(1000, Math.floor(options.lockMs / 2)),
    maxStalledCount: 3,
  });
  worker.on('error', () => undefined);
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      await pools.close();
      redis.disconnect();
    },
  };
}

/** The warm pools, by the hash of their batch's setup. */
class Pools {
  private readonly pools = new Map<string, { pool: Promise<GamePool>; using: number }>();

  constructor(
    private readonly redis: Redis,
    private readonly options: QueueWorkerOptions,
  ) {}

  /** Plays a chunk's runs and returns their rows. */
  async play(job: Job<unknown, ChunkResult>): Promise<ChunkResult> {
    const chunk = parseChunk(job.data);
    if (typeof chunk === 'string') throw this.refused(job, chunk);
    const entry = this.entry(chunk.setup, chunk.batch);
    entry.using++;
    try {
      const pool = await entry.pool;
      const rows: RowBlock[] = [];
      const results: GameResult[] = [];
      await pool.run(gameJobs(chunk), {
        gameLimitMs: chunk.gameLimitMs,
        decisionLimitMs: chunk.decisionLimitMs,
        onResults: (r, b) => {
          results.push(...r);
          rows.push(...b);
        },
      });
      return encodeResult(rows, results);
    } catch (error) {
      if (error instanceof UnrecoverableError) throw this.refused(job, error.message);
      throw error;
    } finally {
      entry.using--;
    }
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.allSettled(pools.map(async (p) => (await p.pool).close()));
  }

  private entry(setup: string, batch: string): { pool: Promise<GamePool>; using: number } {
    let entry = this.pools.get(setup);
    if (entry === undefined) {
      entry = { pool: this.open(setup, batch), using: 0 };
      // A setup that could not be read is not kept: the next chunk tries again.
      entry.pool.catch(() => this.pools.delete(setup));
      this.pools.set(setup, entry);
      this.evict();
    }
    return entry;
  }

  private async open(setup: string, batch: string): Promise<GamePool> {
    const text = await getBlob(this.redis, setup).catch((error: unknown) => {
      throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
    });
    if (text === null) throw new Error(`the setup of batch ${batch} is not in Redis (yet): will try again`);
    const parsed = parseSetup(text);
    if (typeof parsed === 'string') throw new UnrecoverableError(parsed);
    this.options.log(`geneva worker: playing batch ${batch} (${parsed.scenario.id}) on ${this.options.threads} ${this.options.threads === 1 ? 'thread' : 'threads'}`);
    return new GamePool(parsed, this.options.threads);
  }

  /** Closes the pools beyond the warmest few that no chunk is using. */
  private evict(): void {
    for (const [setup, entry] of this.pools) {
      if (this.pools.size <= WARM_POOLS) return;
      if (entry.using > 0) continue;
      this.pools.delete(setup);
      void entry.pool.then((pool) => pool.close()).catch(() => undefined);
    }
  }

  private refused(job: Job, why: string): UnrecoverableError {
    this.options.log(`geneva worker: refused job ${String(job.id).slice(0, 80)}: ${why}`);
    return new UnrecoverableError(why);
  }
}
