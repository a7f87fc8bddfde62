/**
 * Who plays each seat: the scenario's default strategy for every actor, overridden by name.
 */
import type { Scenario } from '../scenario/schema.js';
/** The seat marker for a human player. */
export declare const HUMAN = "human";
/** Seat assignments by actor id (strategy id or `human`); missing seats take the scenario default. */
export type SeatAssignment = Readonly<Record<string, string>>;
/** A problem with a seat assignment. */
export declare class SeatError extends Error {
    readonly name = "SeatError";
}
/**
 * Resolves seat assignments into one entry per actor, in scenario order.
 *
 * @throws SeatError when an actor id is unknown
 * @example
 * resolveSeats(scenario, { usa: 'human', rus: 'random' });
 */
export declare function resolveSeats(scenario: Scenario, assignment?: SeatAssignment): string[];
