/**
 * The records of a game's journal, one JSON object a line. The first is the creation (everything
 * needed to create the same game again: the scenario's data, not its id, so a scenario file edited
 * later does not change a running class); the others are the accepted actions, in order. Replaying
 * them through the engine rebuilds the game exactly (the engine is deterministic).
 */
import type { ReplayStep, Scenario, Sheet } from '@geneva/engine';
import type { TimerConfig } from '../protocol/client-messages.js';

/** The first record: a game's creation. Secrets appear only as SHA-256 hashes. */
export interface CreateRecord {
  readonly t: 'create';
  /** The journal format's version. */
  readonly v: 1;
  readonly at: number;
  readonly gameId: string;
  readonly engine: string;
  readonly scenario: Scenario;
  readonly seed: string;
  /** The human seats' actor ids. */
  readonly humans: readonly string[];
  readonly timer: TimerConfig;
  /** Hash of the facilitator's token. */
  readonly facilitator: string;
  /** Hashes of each human seat's token and join code, by actor id. */
  readonly seats: Readonly<Record<string, { readonly token: string; readonly code: string }>>;
  /**
   * Set on games created since the clock waits for the teams: the step timers start only when every
   * human seat has joined once (or the facilitator starts them). Absent in older journals, whose
   * timers ran from the creation, so they resume as they were.
   */
  readonly waitForTeams?: true;
  /** A fork: the game it was forked from, at which step, and the steps played before it. */
  readonly from?: { readonly gameId: string; readonly step: number; readonly steps: readonly ReplayStep[] };
}

/** A sheet accepted for a human seat: from its team, or from the bot standing in for it. */
export interface SubmitRecord {
  readonly t: 'submit';
  readonly at: number;
  readonly step: number;
  readonly seat: string;
  readonly by: 'team' | 'stand-in';
  readonly sheet: Sheet;
}

/** The step was resolved with defaults for the seats that had not decided (timer or facilitator). */
export interface ForceRecord {
  readonly t: 'force';
  readonly at: number;
  readonly step: number;
  readonly cause: 'timer' | 'facilitator';
}

/** The facilitator paused or resumed the game. */
export interface PauseRecord {
  readonly t: 'pause' | 'resume';
  readonly at: number;
}

/** A bot began to stand in for a human seat, or handed it back. */
export interface ReplaceRecord {
  readonly t: 'replace';
  readonly at: number;
  readonly seat: string;
  readonly by: 'bot' | 'human';
  /** The server's own move (the team's devices were away past `timer.absent`, or it came back), not the facilitator's. */
  readonly auto?: true;
}

/**
 * A team opened a session on a seat with its join code: the hash of the token it was given. Each
 * device gets its own token, so the code (what a team types) is never what travels with actions.
 */
export interface SessionRecord {
  readonly t: 'session';
  readonly at: number;
  readonly seat: string;
  readonly token: string;
}

/** The facilitator triggered the scenario's scheduled event `event` early, in step `step`. */
export interface InjectRecord {
  readonly t: 'inject';
  readonly at: number;
  readonly step: number;
  readonly event: number;
}

/**
 * The facilitator rolled the game back to the start of step `step`. The journal keeps what was
 * played before (append-only); the game goes on from that step.
 */
export interface RollbackRecord {
  readonly t: 'rollback';
  readonly at: number;
  readonly step: number;
}

/** The facilitator changed the step timers (the current step's time starts again). */
export interface TimerRecord {
  readonly t: 'timer';
  readonly at: number;
  readonly timer: TimerConfig;
}

/**
 * The facilitator gave a seat new credentials (its code was shared with the wrong team): the old
 * join code, token and every session opened with them stop working. Hashes only.
 */
export interface ReissueRecord {
  readonly t: 'reissue';
  readonly at: number;
  readonly seat: string;
  readonly token: string;
  readonly code: string;
}

/**
 * The facilitator opened a watch link (a projector's): a read-only token, journaled as a hash,
 * that shows the public table of the game and nothing of any seat.
 */
export interface WatcherRecord {
  readonly t: 'watcher';
  readonly at: number;
  readonly token: string;
}

/** A team's device joined its seat for the first time (while the clock waits for every team). */
export interface ArrivedRecord {
  readonly t: 'arrived';
  readonly at: number;
  readonly seat: string;
}

/** The facilitator started the step timers without waiting for every team to join. */
export interface StartRecord {
  readonly t: 'start';
  readonly at: number;
}

/** "To the end": bots stand in for every team and the game plays to its end. */
export interface FinishRecord {
  readonly t: 'finish';
  readonly at: number;
}

/** An accepted action. */
export type ActionRecord =
  | SubmitRecord
  | ForceRecord
  | PauseRecord
  | ReplaceRecord
  | SessionRecord
  | InjectRecord
  | RollbackRecord
  | TimerRecord
  | ReissueRecord
  | WatcherRecord
  | ArrivedRecord
  | StartRecord
  | FinishRecord;
/** Any line of a journal. */
export type JournalRecord = CreateRecord | ActionRecord;
