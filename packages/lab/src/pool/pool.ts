/**
 * Running many games on all cores: a piscina pool of worker threads, fed chunks of games, with a
 * watchdog that stops a game whose strategy never returns (or that runs past its wall-clock
 * limit), records it as failed with the strategy named, and carries on with the rest. Each game's
 * result depends only on its job, so the results are the same whatever the number of workers.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { blamedSeat } from './culprit.js';
import { PROGRESS, progressCells, strategyFilesPlay, type GameJob, type GameResult, type PoolSetup, type PoolTask, type TaskOutput } from './jobs.js';
import type { RowBlock } from '../batch/row-blocks.js';

/** Options of {@link runGames}. */
export interface PoolOptions {
  /** Worker threads (default: every core). */
  readonly workers?: number;
  /** Games per task (default: up to 8, fewer for small runs so every worker gets some): fewer round trips, at the cost of replaying a chunk after a hang. */
  readonly chunkSize?: number;
  /** Wall-clock limit of one game, in milliseconds. */
  readonly gameLimitMs: number;
  /**
   * A single decision still running after this many milliseconds is taken as a hang (where strategy
   * files play: built-in bots are not watched decision by decision, only by the game's limit).
   */
  readonly decisionLimitMs: number;
  /**
   * Called with the results of each task as they arrive (tasks in no particular order; a game that
   * had to be stopped alone): with the setup's `rows`, its games' rows, and results only of games
   * stopped from here (hung, over time, or lost with a worker).
   */
  readonly onResults: (results: readonly GameResult[], rows: readonly RowBlock[]) => void;
}

/** How often the watchdog looks at the running tasks. */
const WATCH_EVERY_MS = 25;

/** The number of workers by default: every core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Plays every job on a pool of worker threads and reports the results through `onResults`.
 * Resolves when every job has a result (played or failed).
 *
 * @example
 * await runGames(setup, jobs, { workers: 2, gameLimitMs: 60_000, decisionLimitMs: 10_000, onResults: (r) => results.push(...r) });
 */
export async function runGames(setup: PoolSetup, jobs: readonly GameJob[], options: PoolOptions): Promise<void> {
  const pool = new GamePool(setup, options.workers);
  try {
    await pool.run(jobs, options);
  } finally {
    await pool.close();
  }
}

/**
 * A pool of worker threads for one setup, kept warm across many lists of jobs (a queue worker plays
 * chunk after chunk of a batch on one pool: each new thread compiles the engine again, ~1 s of CPU).
 */
export class GamePool {
  private readonly pool: Piscina<PoolTask, TaskOutput>;
  readonly workers: number;

  constructor(
    private readonly setup: PoolSetup,
    workers?: number,
  ) {
    useSerialScavenges();
    this.workers = Math.max(1, workers ?? defaultWorkers());
    // Sandboxed strategies' isolates need their worker's event loop between tasks: with piscina's
    // default synchronous waits (Atomics.wait) isolated-vm aborts the process ("environment != nullptr").
    const atomics = strategyFilesPlay(setup) ? 'disabled' : 'sync';
    this.pool = new Piscina<PoolTask, TaskOutput>({ filename: workerFile(), workerData: setup, minThreads: this.workers, maxThreads: this.workers, idleTimeout: 60_000, atomics });
  }

  /** Plays `jobs` (several calls may run at once) and reports their results through `options.onResults`. */
  async run(jobs: readonly GameJob[], options: Omit<PoolOptions, 'workers'>): Promise<void> {
    const { setup, pool, workers } = this;
    const chunkSize = Math.max(1, options.chunkSize ?? Math.min(8, Math.floor(jobs.length / (workers * 8))));
    const queue: GameJob[][] = [];
    for (let i = 0; i < jobs.length; i += chunkSize) queue.push(jobs.slice(i, i + chunkSize));
    const running = new Set<Running>();
    const limits = { gameLimitMs: options.gameLimitMs, decisionLimitMs: strategyFilesPlay(setup) ? options.decisionLimitMs : Infinity };
    const watchdog = setInterval(() => {
      const now = Date.now();
      for (const task of running) task.check(now, limits);
    }, WATCH_EVERY_MS);
    try {
      await new Promise<void>((resolve) => {
        const pump = () => {
          // Two tasks per worker in flight keep every worker busy without queueing the whole run.
          while (running.size < workers * 2 && queue.length > 0) start(queue.shift()!);
          if (running.size === 0 && queue.length === 0) resolve();
        };
        const start = (chunk: GameJob[]) => {
          const task = new Running(chunk, Object.keys(setup.scenario.actors).length);
          running.add(task);
          pool
            .run({ jobs: chunk, progress: task.progress }, { signal: task.abort.signal })
            .then((output) => options.onResults(output.results, output.rows))
            .catch((error: unknown) => {
              const { failed, rest } = task.failure(error, setup);
              options.onResults([failed], []);
              if (rest.length > 0) queue.unshift(rest);
            })
            .finally(() => {
              running.delete(task);
              pump();
            });
        };
        pump();
      });
    } finally {
      clearInterval(watchdog);
    }
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/**
 * Collects the young generation on the thread that filled it. V8's default scavenges in parallel on
 * helper threads: free when a core is idle, but when every core runs a worker the helpers only take
 * time from the workers, and the short-lived garbage of a game is cheaper to collect alone. On 2
 * cores (rsa-2017, 15,000 runs, 2 workers, six paired runs on a shared VM) the batch took 3–20% less CPU time;
 * a single game in one process is unchanged. V8 reads the flag at each scavenge, so setting it
 * before the pool starts (the process's only flag change) covers every worker. (Turning off
 * concurrent compilation too was tried: the workers then warm up without helpers, but the batch
 * took as much CPU and time as before.)
 */
function useSerialScavenges(): void {
  setFlagsFromString('--no-parallel-scavenge');
}

/** The compiled worker next to this file (or the TypeScript one when running from source). */
function workerFile(): string {
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url).href;
}

/** A task in flight: its progress cells, when its current game and decision began, and why it was stopped. */
class Running {
  readonly progress: Int32Array;
  readonly abort = new AbortController();
  private game = -1;
  private gameSince = 0;
  private decisions = -1;
  private decisionSince = 0;
  private reason: string | null = null;
  /** Whether it was stopped for the game's time limit (rather than a hung decision). */
  private overTime = false;

  constructor(
    readonly jobs: readonly GameJob[],
    seats: number,
  ) {
    this.progress = progressCells(seats);
  }

  /** Stops the task when its game or its current decision has run past its limit. */
  check(now: number, limits: Pick<PoolOptions, 'gameLimitMs' | 'decisionLimitMs'>): void {
    if (this.reason !== null) return;
    const game = Atomics.load(this.progress, PROGRESS.game);
    if (game < 0) return; // still queued in the pool
    const decisions = Atomics.load(this.progress, PROGRESS.decisions);
    // A new game restarts both clocks; a new decision restarts the decision clock.
    if (game !== this.game) [this.game, this.gameSince, this.decisionSince] = [game, now, now];
    if (decisions !== this.decisions) [this.decisions, this.decisionSince] = [decisions, now];
    if (now - this.decisionSince > limits.decisionLimitMs) this.stop(`made no decision for ${limits.decisionLimitMs} ms (hung)`);
    else if (now - this.gameSince > limits.gameLimitMs) {
      this.overTime = true;
      this.stop(`the game ran past its ${limits.gameLimitMs} ms limit`);
    }
  }

  private stop(reason: string): void {
    this.reason = reason;
    this.abort.abort();
  }

  /**
   * The failed game and the games of the chunk still to play. A stopped (or crashed) worker
   * returns nothing, so the games before the failed one are played again: each game depends only
   * on its job, so their results do not change.
   */
  failure(error: unknown, setup: PoolSetup): { failed: GameResult; rest: GameJob[] } {
    const at = Math.max(0, Atomics.load(this.progress, PROGRESS.game));
    const job = this.jobs[at]!;
    const rest = [...this.jobs.slice(0, at), ...this.jobs.slice(at + 1)];
    const actor = Object.keys(setup.scenario.actors)[blamedSeat(this.progress, this.overTime)];
    const culprit = actor === undefined ? null : (job.seats[actor] ?? setup.scenario.actors[actor]!.strategy);
    const who = culprit === null ? '' : `${culprit} (seat ${actor}) `;
    const why = this.reason === null ? `the worker stopped: ${error instanceof Error ? error.message : String(error)}` : `${who}${this.reason}`;
    return { failed: { index: job.index, ok: false, error: why, culprit }, rest };
  }
}
