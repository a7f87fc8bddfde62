/**
 * What every part of the account reads: the final state, with helpers to name actors and to find
 * the truth behind an incident (the account is a debrief, written once the game is over).
 */
import type { GameEvent, GameState } from '@geneva/engine';

/** The final state and helpers shared by the parts of the account. */
export interface AccountContext {
  readonly state: GameState;
  /** The public events, in order. */
  readonly events: readonly GameEvent[];
  /** An actor's name by seat index (`the attribution body` for -1). */
  name(seat: number): string;
  /** The names of the seats, in seat order. */
  names(seats: Iterable<number>): string[];
  /** The seats of the states, in seat order. */
  readonly states: readonly number[];
}

/** Builds the context of the account of a (finished) game. */
export function accountContext(state: GameState): AccountContext {
  const name = (seat: number) => (seat >= 0 ? (state.actors[seat]?.name ?? `seat ${seat}`) : 'the attribution body');
  return {
    state,
    events: state.log.filter((e) => e.visibleTo === null),
    name,
    names: (seats) => [...seats].map(name),
    states: state.actors.filter((a) => a.kind === 'state').map((a) => a.index),
  };
}

/** The state that was really behind a public incident (-1: none, an exogenous event). */
export function trueAttacker(context: AccountContext, incident: number): number {
  return context.state.world.secret.attackerOf[incident] ?? -1;
}

/** The incident id in an event text of the form `incident 12…`, if there is one. */
export function incidentOfText(text: string): number | undefined {
  const match = /^incident (\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}
