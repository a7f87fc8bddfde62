import type { GameState } from '../state/types.js';
/** Harm of a mass event to each state, × exposure. */
export declare const MASS_EVENT_HARM = 0.15;
/** Harm of an election attack, × exposure. */
export declare const ELECTION_HARM = 0.1;
/** Salience a shock adds to the articles it makes urgent (before renormalising). */
export declare const SHOCK_SALIENCE = 0.05;
/** Applies the scheduled events of this round (negotiation) or year (implementation). */
export declare function applyScheduled(state: GameState, when: 'round' | 'year'): void;
/** Draws this year's chance events, in a fixed order. */
export declare function drawChanceEvents(state: GameState): void;
/**
 * Harm to a state: its welfare, the tally and the year's harm; the public record only when the
 * harm is publicly known (an undetected operation's harm must not reveal that it happened).
 */
export declare function harm(state: GameState, target: number, amount: number, known?: boolean): void;
/** Raises the salience of some articles in every state. */
export declare function raiseSalience(state: GameState, articles: readonly number[], amount: number): void;
/**
 * A mass-casualty cyber event: harm to every state by exposure, and the disclosure and restraint
 * articles jump in salience. `source` is the state whose stockpile leaked (-1: exogenous).
 */
export declare function massEvent(state: GameState, source: number, description?: string): void;
