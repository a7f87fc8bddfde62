/**
 * Events: what happened, step by step. One flat record type keeps the log cheap to write on the
 * batch path and trivially JSON-safe; `describeEvent` turns one into a sentence for people.
 */
import type { Phase } from './types.js';

/** The kinds of event. */
export type EventType =
  | 'phase'
  | 'draft-tabled'
  | 'amendment-tabled'
  | 'amendment-withdrawn'
  | 'amendment-passed'
  | 'amendment-failed'
  | 'coalition'
  | 'lobbied'
  | 'tech-accord'
  | 'statement'
  | 'message'
  | 'pledge'
  | 'pledge-kept'
  | 'pledge-broken'
  | 'text-vote'
  | 'adopted'
  | 'rejected'
  | 'signed'
  | 'ratified'
  | 'ratification-failed'
  | 'in-force'
  | 'not-in-force'
  | 'operation'
  | 'detected'
  | 'incident'
  | 'accused'
  | 'body-finding'
  | 'admitted'
  | 'denied'
  | 'sanctioned'
  | 'revealed'
  | 'withdrawal'
  | 'lapsed'
  | 'mass-event'
  | 'government-change'
  | 'election-attack'
  | 'leak'
  | 'event-triggered'
  | 'backdoor-requested'
  | 'backdoor-granted'
  | 'backdoor-refused'
  | 'fault'
  | 'concluded';

/** One event of the log. */
export interface GameEvent {
  readonly type: EventType;
  readonly step: number;
  readonly phase: Phase;
  readonly round: number;
  readonly year: number;
  /** The actor the event is about (-1: none). */
  readonly actor: number;
  /** A second actor (target, accused, recipient…; -1: none). */
  readonly other: number;
  /** A number (an article index, a share, a harm, a probability…; 0 when unused). */
  readonly value: number;
  /** Free text (a message, a reason), or ''. */
  readonly text: string;
  /** Who may see it: null for everyone, else actor indices. */
  readonly visibleTo: readonly number[] | null;
}
