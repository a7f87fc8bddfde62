/**
 * What the teams are told when the facilitator takes the game back: a rollback (this game returns
 * to the start of an earlier step) or a fork (this game is a copy that goes on from an earlier
 * step). The server says where the game went; each screen words it ("The facilitator rolled the
 * game back to round 2, negotiation: decisions after that were undone").
 */
import type { GameState } from '@geneva/engine';

/** Where the game was taken back to, and how. */
export interface Notice {
  /** `rollback`: this game went back; `fork`: this game is a new copy of another, from that step. */
  readonly kind: 'rollback' | 'fork';
  /** The step the game went back to (the notice holds while the game is at it). */
  readonly step: number;
  readonly phase: string;
  readonly round: number;
  readonly year: number;
  /** For a fork: the game it was copied from. */
  readonly forkOf?: string;
}

/** The notice of a rollback to the start of the step `state` is at. */
export function noticeOfRollback(state: GameState): Notice {
  const { flow } = state;
  return { kind: 'rollback', step: flow.step.index, phase: flow.phase, round: flow.round, year: flow.year };
}

/** The notice of a fork of game `gameId` that starts at the step `state` is at. */
export function noticeOfFork(state: GameState, gameId: string): Notice {
  return { ...noticeOfRollback(state), kind: 'fork', forkOf: gameId };
}
