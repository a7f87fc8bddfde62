/**
 * What the worker pool runs: games described by seed and seats, and what comes back. Plain data,
 * so jobs and results cross thread boundaries by structured clone.
 */
import type { Outcome, Scenario } from '@geneva/engine';
import type { Design } from '../batch/sweep.js';
import type { RowBlock } from '../batch/row-blocks.js';
import type { StrategySource } from '../cli/strategy-files.js';

/** One game to play: the scenario's seats, with some overridden by strategy (built-in id or file path). */
export interface GameJob {
  /** Position of the game in its tournament or batch (results are keyed by it). */
  readonly index: number;
  readonly seed: string;
  /** The design point whose parameters apply (batches; none: the scenario as it is). */
  readonly point?: number;
  /** Strategy per overridden actor id: a built-in id, or a key of {@link PoolSetup.strategyFiles}. */
  readonly seats: Readonly<Record<string, string>>;
}

/** A game played to the end. */
export interface GamePlayed {
  readonly index: number;
  readonly ok: true;
  readonly outcome: Outcome;
  /** Faults recorded against each seat, by actor id (seats without faults left out). */
  readonly faultsBy: Readonly<Record<string, number>>;
  /** Why: each distinct (seat, reason) recorded in the game, in order, with its count (at most {@link MAX_FAULT_REASONS}). */
  readonly faults: readonly FaultReason[];
}

/** A distinct fault of a game: the seat's actor id, the reason (cut to 200 characters) and how often it was recorded. */
export interface FaultReason {
  readonly seat: string;
  readonly reason: string;
  readonly count: number;
}

/** Distinct fault reasons kept per game: a strategy that faults in every decision, each time with another message, must not fill the main thread's memory. */
export const MAX_FAULT_REASONS = 20;

/** A game that could not be played to the end: a strategy hung, the worker died, the engine threw. */
export interface GameFailed {
  readonly index: number;
  readonly ok: false;
  /** Why, in one line. */
  readonly error: string;
  /** The strategy that was deciding when the game was stopped (hangs), or null. */
  readonly culprit: string | null;
}

/** The result of a game job. */
export type GameResult = GamePlayed | GameFailed;

/**
 * What a task returns: its games' results, or, when the setup asks for rows (batches), its games'
 * rows, formatted and encoded in the worker, and no results (a failed game's row carries its error).
 */
export interface TaskOutput {
  readonly results: readonly GameResult[];
  readonly rows: readonly RowBlock[];
}

/** What every worker is given once: the scenario, its design points, the strategy files, the decision budget. */
export interface PoolSetup {
  readonly scenario: Scenario;
  /** Swept parameters (batches): a job's `point` plays the scenario with that point's values (checked beforehand). */
  readonly design?: Design;
  /** Strategy files by the name the jobs use for them: their sandbox script, or their path when trusted. */
  readonly strategyFiles: Readonly<Record<string, StrategySource>>;
  /** Milliseconds a decision may take before it gets the safe fallback and a fault. */
  readonly budgetMs: number;
  /** Batches: return each run's row (formatted in the worker, with these columns and this batch seed) instead of its result. */
  readonly rows?: {
    readonly columns: readonly string[];
    readonly seed: string;
    /** The sweep's derived outcomes (name → expression), whose columns are among `columns`. */
    readonly derived?: Readonly<Record<string, string>>;
  };
}

/**
 * Whether strategy files play in a pool's games: only then do decisions have a time budget, and
 * only then do the workers report each decision to the watchdog (built-in bots are the engine's own
 * code, fast and watched game by game).
 */
export function strategyFilesPlay(setup: PoolSetup): boolean {
  return Object.keys(setup.strategyFiles).length > 0;
}

/** A chunk of jobs for one worker task, and the shared cells through which it reports progress. */
export interface PoolTask {
  readonly jobs: readonly GameJob[];
  /**
   * [position of the game being played in `jobs` (-1 before the first), seat deciding (-1 none),
   * decisions so far, then per seat the microseconds its strategy has spent deciding in this game
   * (kept only where strategy files play, the games that have a clock)].
   */
  readonly progress: Int32Array;
}

/** Cells of {@link PoolTask.progress}; a seat's decision time is at `PROGRESS.seatTime + seat`. */
export const PROGRESS = { game: 0, seat: 1, decisions: 2, seatTime: 3 } as const;

/** The progress cells of a task for a scenario of `seats` seats. */
export function progressCells(seats: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer((PROGRESS.seatTime + seats) * Int32Array.BYTES_PER_ELEMENT)).fill(-1);
}
