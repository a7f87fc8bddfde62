/**
 * Summaries of a negotiation round: coalitions, the tech accord, pledges, statements and the
 * amendments voted, one line each instead of one line per seat.
 */
import { type GameEvent } from '../../index.js';
import type { AccountContext } from './context.js';
/** Who joined or left which coalition. */
export declare function coalitionSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** Who joined or left the tech accord. */
export declare function techAccordSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** The public pledges, by kind. */
export declare function pledgeSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** Who made public statements. */
export declare function statementSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** The amendments that passed (with their direction, sponsor and vote) and those that failed. */
export declare function amendmentSummary(events: readonly GameEvent[], context: AccountContext): string[];
