/**
 * What the server sends. A seat receives only `joined`, `view`, `clock`, `accepted` and `error`:
 * its own view (the engine's `viewFor`) and its own request, never the game state. A facilitator
 * receives `created`, `overview`, `replay` (the omniscient record, for the debrief) and `error`.
 */
import type { EventKind, Outcome, PublicView, ReplayRecord, Request, ScheduledStatus, View } from '@geneva/engine';
import type { TimerConfig } from './client-messages.js';
import type { ErrorMessage } from './errors.js';
import type { Notice } from '../games/notice.js';

export type { Notice };

/** Who plays a seat now. */
export type SeatControl = 'human' | 'bot' | 'stand-in';

/** A human seat's credentials, given once, at creation (the server keeps only their hashes). */
export interface SeatCredentials {
  readonly seat: string;
  readonly name: string;
  /** The short code a team types to join. */
  readonly code: string;
  /** The seat's secret token (what a client stores to reconnect). */
  readonly token: string;
  /** A link that joins the seat (the code in the query string). */
  readonly link: string;
}

/** Where a fork came from: the game it was forked from and the step it was forked at. */
export interface ForkOrigin {
  readonly gameId: string;
  readonly step: number;
}

/** A game was created: the facilitator's token and every human seat's credentials. */
export interface CreatedMessage {
  readonly type: 'created';
  readonly ref?: string | number;
  readonly gameId: string;
  readonly facilitatorToken: string;
  readonly seats: readonly SeatCredentials[];
  /** For a fork: where it came from. */
  readonly forkOf?: ForkOrigin;
}

/** A seat's new credentials (facilitator only); the old code, token and sessions no longer work. */
export interface ReissuedMessage {
  readonly type: 'reissued';
  readonly ref?: string | number;
  readonly gameId: string;
  readonly seat: SeatCredentials;
}

/** A read-only link that shows the game's public table (a projector's), for the facilitator. */
export interface WatchLinkMessage {
  readonly type: 'watch-link';
  readonly ref?: string | number;
  readonly gameId: string;
  /** The watch token (read-only: the public table, nothing of any seat). */
  readonly token: string;
  readonly link: string;
}

/**
 * The game as everyone sees it, for a watcher (a projector): the engine's public view, and which
 * seats are teams and which are still to decide this step. Nothing of any seat's own.
 */
export interface PublicMessage {
  readonly type: 'public';
  readonly gameId: string;
  readonly step: number;
  readonly view: PublicView;
  /** The seats played by teams (actor ids). */
  readonly humans: readonly string[];
  /** The teams' seats a bot plays for now, standing in for an absent team (actor ids): a public notice. */
  readonly standIns: readonly string[];
  /** The seats still to decide in this step (actor ids). */
  readonly awaiting: readonly string[];
  readonly paused: boolean;
  /** When the step will be forced (epoch ms), or null. */
  readonly deadline: number | null;
  /** The teams' seats (actor ids) the step timers wait for: not joined yet (empty once the timers run). */
  readonly waitingFor: readonly string[];
}

/** A connection joined a seat (or, with the facilitator's token, the console). */
export interface JoinedMessage {
  readonly type: 'joined';
  readonly ref?: string | number;
  readonly gameId: string;
  readonly role: 'seat' | 'facilitator' | 'watcher';
  /** The seat's actor id (seats only). */
  readonly seat?: string;
  /** The token to send with every action (returned to a client that joined with its code). */
  readonly token: string;
  /**
   * Facilitator only: the server's addresses (`http://host:port`) the class can reach, to build
   * join and projector links on (every non-internal IPv4 when it listens on all interfaces).
   */
  readonly addresses?: readonly string[];
  /** Facilitator only: whether the server listens on this computer only (no other device reaches it). */
  readonly loopbackOnly?: boolean;
}

/** A seat's view of the game and what it must decide now (null: nothing, or already decided). */
export interface ViewMessage {
  readonly type: 'view';
  readonly step: number;
  readonly view: View;
  readonly request: Request | null;
}

/** The game's clock as a seat sees it: paused or not, and the current step's deadline. */
export interface ClockMessage {
  readonly type: 'clock';
  readonly step: number;
  readonly paused: boolean;
  /** When the step will be forced (epoch ms), or null without a timer. */
  readonly deadline: number | null;
  /** Whether a bot stands in for this seat (its submissions are refused meanwhile). */
  readonly standIn: boolean;
  /** The teams' seats (actor ids) the step timers wait for: not joined yet (empty once the timers run). */
  readonly waitingFor: readonly string[];
}

/** The facilitator took the game back (a rollback), or this game is a fork: to every seat and watcher. */
export interface NoticeMessage {
  readonly type: 'notice';
  readonly gameId: string;
  readonly notice: Notice;
}

/** The game as a save file (the hot-seat client's format, the engine's `saveGame`), for the facilitator. */
export interface SaveMessage {
  readonly type: 'save';
  readonly ref?: string | number;
  readonly gameId: string;
  /** The save file's text. */
  readonly text: string;
}

/** A submission or control was accepted. */
export interface AcceptedMessage {
  readonly type: 'accepted';
  readonly ref?: string | number;
  /** What was accepted (`submit`, `pause`, …). */
  readonly what: string;
  readonly step: number;
}

/** One seat in the facilitator's overview. */
export interface SeatOverview {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** `human`, `bot` (a strategy from the start), or `stand-in` (a bot in place of an absent team). */
  readonly control: SeatControl;
  /** The strategy of a bot or stand-in. */
  readonly strategy?: string;
  /** Whether a client is joined to the seat now. */
  readonly connected: boolean;
  /** `decided` or `waiting` when asked in this step, `idle` when not. */
  readonly status: 'decided' | 'waiting' | 'idle';
}

/** A scheduled event of the scenario, as the facilitator sees it (to trigger it early). */
export interface EventOverview {
  /** Its index in the scenario's events (what `inject` names). */
  readonly index: number;
  readonly kind: EventKind;
  readonly round?: number;
  readonly year?: number;
  readonly actor?: string;
  readonly description: string;
  /** `due` (may be triggered now), `happened` at its time, or `triggered` early. */
  readonly status: ScheduledStatus;
}

/** A step the game can be rolled back or forked to (one in which seats decided). */
export interface StepOverview {
  readonly step: number;
  readonly phase: string;
  readonly round: number;
  readonly year: number;
  /** Whether a human seat decided in it. */
  readonly human: boolean;
}

/** The facilitator's live overview of a game. */
export interface OverviewMessage {
  readonly type: 'overview';
  readonly gameId: string;
  readonly scenario: string;
  readonly seed: string;
  readonly phase: string;
  readonly round: number;
  readonly year: number;
  readonly step: number;
  readonly over: boolean;
  readonly paused: boolean;
  readonly deadline: number | null;
  /** The teams' seats (actor ids) the step timers wait for: not joined yet (empty once the timers run). */
  readonly waitingFor: readonly string[];
  readonly seats: readonly SeatOverview[];
  /** Faults recorded so far (forced steps, failed bots), by seat id. */
  readonly faults: Readonly<Record<string, number>>;
  /** The step timers in use. */
  readonly timer: TimerConfig;
  /** The scenario's scheduled events and where each stands. */
  readonly events: readonly EventOverview[];
  /** The steps played so far in which seats decided, then the current one: where a rollback or fork may go. */
  readonly steps: readonly StepOverview[];
  /** For a fork: where it came from. */
  readonly forkOf?: ForkOrigin;
}

/** The full replay record and outcome, for the debrief (facilitator only). */
export interface ReplayMessage {
  readonly type: 'replay';
  readonly ref?: string | number;
  readonly record: ReplayRecord;
  readonly outcome: Outcome;
}

/** Every message the server sends. */
export type ServerMessage =
  | CreatedMessage
  | ReissuedMessage
  | WatchLinkMessage
  | PublicMessage
  | JoinedMessage
  | ViewMessage
  | ClockMessage
  | AcceptedMessage
  | OverviewMessage
  | ReplayMessage
  | NoticeMessage
  | SaveMessage
  | ErrorMessage;
