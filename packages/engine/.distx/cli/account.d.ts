/**
 * The readable account of a finished game, for people (a diplomacy teacher, a class): the header,
 * the timeline by phase, round and year, the final text, the result and the outcome table.
 * Plain text of about a hundred lines; no colours.
 */
import { type GameState } from '../index.js';
/**
 * The account of a finished game, as lines.
 *
 * @example
 * console.log(accountLines(playGame(scenario, { seed: 1 })).join('\n'));
 */
export declare function accountLines(state: GameState): string[];
