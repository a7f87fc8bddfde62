/**
 * The result of the game in a few sentences: whether the text was adopted and came into force,
 * who is bound at the end, and the record of incidents and attributions.
 */
import type { Outcome } from '../../index.js';
import type { AccountContext } from './context.js';
/**
 * The lines of the result.
 *
 * @example
 * resultLines(context, outcomeOf(state));
 */
export declare function resultLines(context: AccountContext, outcome: Outcome): string[];
