/**
 * What every part of the account reads: the final state, with helpers to name actors and to find
 * the truth behind an incident (the account is a debrief, written once the game is over).
 */
import type { GameEvent, GameState } from '../../index.js';
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
export declare function accountContext(state: GameState): AccountContext;
/** The state that was really behind a public incident (-1: none, an exogenous event). */
export declare function trueAttacker(context: AccountContext, incident: number): number;
/** The incident id in an event text of the form `incident 12…`, if there is one. */
export declare function incidentOfText(text: string): number | undefined;
