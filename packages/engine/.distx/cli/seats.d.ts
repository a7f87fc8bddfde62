/**
 * The `--seat ACTOR=STRATEGY` options of `geneva play`: every seat is a bot, so each must name an
 * actor of the scenario and a built-in strategy that can play that actor's kind.
 */
import { type Scenario, type SeatAssignment } from '../index.js';
/**
 * Checks `--seat` options against a scenario and turns them into a seat assignment.
 *
 * @throws UserError (exit 2) naming the first bad option
 * @example
 * seatAssignment(scenario, ['usa=realist', 'rus=random']); // { usa: 'realist', rus: 'random' }
 */
export declare function seatAssignment(scenario: Scenario, options: readonly string[]): SeatAssignment;
