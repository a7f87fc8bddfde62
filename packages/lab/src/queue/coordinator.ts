/**
 * The coordinator's side of a batch on a queue: the runs still to play go on the shared BullMQ queue
 * in chunks; any number of `geneva worker` processes, on any machines, take them; the rows come back
 * through Redis and are handed to the caller (which writes them in run order, exactly as a local
 * batch does). A chunk whose worker dies is taken again by another (BullMQ's stalled-job check); a
 * chunk's result is taken once, whoever sends it; a coordinator restarted with `--resume` finds the
 * chunks already done or in flight by their ids; Redis gone away is waited for, up to a limit.
 */
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { GameJob, GameResult, PoolSetup } from '../pool/jobs.js';
import type { RowBlock } from '../batch/row-blocks.js';
import { UserError } from '../cli/errors.js';
import { keepBlob, putBlob } from './blobs.js';
import { decodeResult, MAX_CHUNK, type Chunk } from './chunk-job.js';
import { PREFIX, QUEUE } from './names.js';
import type { RedisTarget } from './redis-url.js';

/** Options of {@link runGamesOnQueue}. */
export interface QueueRunOptions {
  readonly target: RedisTarget;
  /** The batch's id: the same for the same batch, so a resumed coordinator finds its chunks. */
  readonly batch: string;
  /** Runs per chunk (one job on the queue). */
  readonly chunkSize: number;
  readonly gameLimitMs: number;
  readonly decisionLimitMs: number;
  /** How long Redis may be out of reach (at the start or later) before the batch stops, in ms. */
  readonly waitMs: number;
  /** Called with each chunk's rows and stopped games, once per chunk. */
  readonly onResults: (results: readonly GameResult[], rows: readonly RowBlock[]) => void;
  /** Called with the number of workers connected to the queue, every few seconds. */
  readonly onWorkers?: (workers: number) => void;
  /** Called with a line to show while Redis is out of reach, and with null when it is back. */
  readonly onWaiting?: (message: string | null) => void;
}

/** How long Redis must be out of reach before the coordinator says it is waiting. */
const ANNOUNCE_AFTER_MS = 3000;

/** How often the coordinator looks at the chunks in flight and the workers. */
const SWEEP_MS = 2000;

/** How a job is put on the queue: retried twice after a worker's error, kept until its rows are taken. */
const JOB_OPTIONS = { attempts: 3, backoff: { type: 'fixed', delay: 1000 }, removeOnComplete: false, removeOnFail: false } as const;

/**
 * Plays `jobs` on the workers of the queue at `options.target` and reports each chunk's rows through
 * `options.onResults`. Resolves when every run has its row.
 *
 * @throws UserError when Redis stays out of reach longer than `options.waitMs`, or a chunk fails on
 *   every attempt (the rows already handed over stay written; `--resume` continues)
 */
export async function runGamesOnQueue(setup: PoolSetup, jobs: readonly GameJob[], options: QueueRunOptions): Promise<void> {
  if (jobs.length === 0) return;
  const redis = new Redis({ ...options.target.options, lazyConnect: true, retryStrategy: () => 500, maxRetriesPerRequest: null });
  const link = new Link(redis, options);
  try {
    await link.ready();
    const setupText = JSON.stringify(setup);
    const chunks = plan(jobs, options);
    const queue = new Queue(QUEUE, { connection: options.target.options, prefix: PREFIX });
    const events = new QueueEvents(QUEUE, { connection: options.target.options, prefix: PREFIX });
    try {
      await link.guard(events.waitUntilReady());
      const setupHash = await link.guard(putBlob(redis, setupText));
      const run = new Flight(queue, chunks, setupHash, options);
      events.on('completed', ({ jobId }) => run.take(jobId));
      events.on('failed', ({ jobId, failedReason }) => run.failed(jobId, failedReason));
      await run.start(link);
      await run.done(link, () => link.guard(keepBlob(redis, setupText, setupHash)));
    } finally {
      await Promise.allSettled([events.close(), queue.close()]);
    }
  } finally {
    redis.disconnect();
  }
}

/**
 * The chunks of a batch's remaining runs: chunk k holds runs k·size … (k+1)·size − 1 (those not done
 * yet), and is named by the batch and its first run, so that the same command after an interruption
 * names the same chunks.
 */
function plan(jobs: readonly GameJob[], options: Pick<QueueRunOptions, 'batch' | 'chunkSize' | 'gameLimitMs' | 'decisionLimitMs'>): Map<string, Chunk> {
  const size = Math.max(1, Math.min(MAX_CHUNK, options.chunkSize));
  const chunks = new Map<string, Chunk>();
  let i = 0;
  while (i < jobs.length) {
    const end = (Math.floor(jobs[i]!.index / size) + 1) * size;
    const part: GameJob[] = [];
    while (i < jobs.length && jobs[i]!.index < end) part.push(jobs[i++]!);
    const id = `${options.batch}-${part[0]!.index}`;
    chunks.set(id, {
      format: 'geneva-chunk',
      version: 1,
      batch: options.batch,
      setup: '',
      gameLimitMs: options.gameLimitMs,
      decisionLimitMs: options.decisionLimitMs,
      jobs: part.map((j) => ({ index: j.index, seed: j.seed, seats: { ...j.seats }, ...(j.point === undefined ? {} : { point: j.point }) })),
    });
  }
  return chunks;
}

/** The coordinator's connection: whether Redis is in reach, since when not, and the limit. */
class Link {
  private downSince: number | null = null;
  private said = false;
  private reason = '';

  constructor(
    private readonly redis: Redis,
    private readonly options: Pick<QueueRunOptions, 'target' | 'waitMs' | 'onWaiting'>,
  ) {
    redis.on('error', (error: Error) => {
      this.reason = error.message;
      this.lost();
    });
    redis.on('close', () => this.lost());
    redis.on('ready', () => {
      if (this.said) this.options.onWaiting?.(null);
      this.downSince = null;
      this.said = false;
    });
  }

  /** Connects, waiting up to the limit. */
  async ready(): Promise<void> {
    this.lost();
    this.redis.connect().catch(() => undefined);
    await this.guard(new Promise<void>((resolve) => (this.redis.status === 'ready' ? resolve() : this.redis.once('ready', () => resolve()))));
  }

  /** `work`, or the limit's error if Redis stays out of reach past it. */
  async guard<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setInterval(() => {
        const problem = this.overdue();
        if (problem !== null) reject(problem);
      }, 100);
    });
    try {
      return await Promise.race([work, limit]);
    } finally {
      clearInterval(timer);
    }
  }

  /** The error to stop with, when Redis has been out of reach longer than the limit; else null. */
  overdue(): UserError | null {
    if (this.downSince === null || Date.now() - this.downSince < this.options.waitMs) return null;
    const why = this.reason === '' ? '' : ` (${this.reason})`;
    return new UserError(`geneva: --queue ${this.options.target.display}: Redis did not answer for ${Math.round(this.options.waitMs / 1000)} s${why}; the runs written so far are kept: run the same command with --resume`);
  }

  private lost(): void {
    if (this.downSince !== null) return;
    const since = Date.now();
    this.downSince = since;
    // Said once per outage, when it has lasted a few seconds: a blip, or a limit shorter than that,
    // leaves only the final line.
    setTimeout(() => {
      if (this.downSince !== since || this.said || this.overdue() !== null) return;
      this.said = true;
      this.options.onWaiting?.(`waiting for Redis at ${this.options.target.display}${this.reason === '' ? '' : ` (${this.reason})`}…`);
    }, ANNOUNCE_AFTER_MS).unref();
  }
}

/** The chunks in flight: put on the queue, taken back once each. */
class Flight {
  private readonly pending: Map<string, Chunk>;
  private readonly taking = new Set<string>();
  private failure: UserError | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly queue: Queue,
    chunks: Map<string, Chunk>,
    private readonly setup: string,
    private readonly options: QueueRunOptions,
  ) {
    this.pending = new Map([...chunks].map(([id, chunk]) => [id, { ...chunk, setup }]));
  }

  /** Puts every chunk that is not on the queue yet there, and takes those already done (a resumed batch). */
  async start(link: Link): Promise<void> {
    await this.visit(link, [...this.pending.keys()]);
  }

  /** Resolves when every chunk is taken; checks the chunks in flight and Redis every few seconds. */
  async done(link: Link, restoreSetup: () => Promise<void>): Promise<void> {
    let next = 0;
    while (this.pending.size > 0) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, SWEEP_MS);
      });
      this.wake = null;
      if (this.failure !== null) throw this.failure;
      const overdue = link.overdue();
      if (overdue !== null) throw overdue;
      if (this.pending.size === 0) break;
      // A slice of the chunks each time, round the list: a chunk whose event was missed, or that
      // vanished with a restarted Redis, is seen within a few sweeps.
      const ids = [...this.pending.keys()];
      const slice = ids.slice(next % ids.length, (next % ids.length) + 200);
      next += slice.length;
      try {
        await restoreSetup();
        await this.visit(link, slice);
        this.options.onWorkers?.(await link.guard(this.queue.getWorkersCount()));
      } catch (error) {
        if (error instanceof UserError) throw error;
        // Redis went away mid-sweep: the link says so and keeps the time.
      }
    }
    if (this.failure !== null) throw this.failure;
  }

  /** A chunk's job finished: takes its rows (once). */
  take(id: string): void {
    if (!this.pending.has(id) || this.taking.has(id)) return;
    this.taking.add(id);
    void this.fetch(id).finally(() => this.taking.delete(id));
  }

  /** A chunk's job failed on every attempt: the batch stops. */
  failed(id: string, reason: string): void {
    const chunk = this.pending.get(id);
    if (chunk === undefined) return;
    void this.queue.getJob(id).then(async (job) => {
      // An attempt that will be retried also reports "failed": only the last one stops the batch.
      if (job === undefined || (await job.getState()) !== 'failed') return;
      this.stop(chunk, `failed on a worker: ${reason.split('\n')[0]!.slice(0, 300)}`);
    });
  }

  private async visit(link: Link, ids: readonly string[]): Promise<void> {
    const add: { name: string; data: Chunk; opts: typeof JOB_OPTIONS & { jobId: string } }[] = [];
    for (const id of ids) {
      const chunk = this.pending.get(id);
      if (chunk === undefined || this.taking.has(id)) continue;
      const job = await link.guard(this.queue.getJob(id));
      const state = job === undefined ? 'missing' : await link.guard(job.getState());
      if (state === 'completed') this.take(id);
      else if (state === 'failed') this.stop(chunk, `failed on a worker: ${(job?.failedReason ?? '').split('\n')[0]!.slice(0, 300)}`);
      else if (state === 'missing' || state === 'unknown') add.push({ name: 'chunk', data: chunk, opts: { ...JOB_OPTIONS, jobId: id } });
    }
    if (add.length > 0) await link.guard(this.queue.addBulk(add));
  }

  private async fetch(id: string): Promise<void> {
    const chunk = this.pending.get(id)!;
    const job = await this.queue.getJob(id);
    if (job === undefined) return;
    const result = decodeResult(job.returnvalue, chunk);
    if (typeof result === 'string') return this.stop(chunk, `came back unreadable: ${result}`);
    if (!this.pending.delete(id)) return;
    this.options.onResults(result.results, result.rows);
    await job.remove().catch(() => undefined);
    if (this.pending.size === 0) this.wake?.();
  }

  private stop(chunk: Chunk, why: string): void {
    const first = chunk.jobs[0]!.index;
    const last = chunk.jobs[chunk.jobs.length - 1]!.index;
    this.failure ??= new UserError(`geneva: --queue ${this.options.target.display}: the chunk of runs ${first}–${last} ${why}; the runs written so far are kept: run the same command with --resume`);
    this.wake?.();
  }
}
