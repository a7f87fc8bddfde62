/**
 * The final text of the convention: each article's position as a bar, from the draft the chair
 * tabled to the end of the negotiation.
 */
import { type Outcome } from '../../index.js';
import type { AccountContext } from './context.js';
/**
 * The lines of the final text.
 *
 * @example
 * textLines(context, outcomeOf(state)); // ['  targets      ████…  0.90 → 0.80  Protected targets', …]
 */
export declare function textLines(context: AccountContext, outcome: Outcome): string[];
