/**
 * Summaries of an implementation year: withdrawals, incidents, and every public attribution with
 * its verdict (correct or false, judged against the truth now that the game is over) and the
 * accused's answer.
 */
import type { GameEvent } from '../../index.js';
import { type AccountContext } from './context.js';
/** Who withdrew from the convention. */
export declare function withdrawalSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** The year's public incidents: who was hit, and the harm done. */
export declare function incidentSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** Every public attribution of the year with its verdict and answer, then the body's silences. */
export declare function attributionSummary(events: readonly GameEvent[], context: AccountContext): string[];
/** The truths that came out in the year, in one sentence. */
export declare function revelationSummary(events: readonly GameEvent[], context: AccountContext): string[];
