/**
 * Summaries of the conference's decisions: the vote on the text (with who voted against),
 * signature and ratification (who did, who did not).
 */
import { type GameEvent } from '../../index.js';
import type { AccountContext } from './context.js';
/** The result of a vote on the text, with the seats that voted no or abstained. */
export declare function voteSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** Who signed, and which states did not. */
export declare function signatureSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** Who ratified, and whose legislature refused (with the probability it had). */
export declare function ratificationSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** The first letter in upper case. */
export declare function capitalise(text: string): string;
