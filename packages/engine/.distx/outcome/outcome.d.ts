/**
 * The outcome metrics of a game (finished or not): flat numbers and booleans an analyst can put in
 * a table, plus the id lists and the final text.
 */
import { type ArticleId } from '../scenario/articles.js';
import type { GameState } from '../state/types.js';
/** The outcome of a game. Field names are stable: batches and tools key on them. */
export interface Outcome {
    adopted: boolean;
    /** Round of adoption, 0 if never adopted. */
    adoptedRound: number;
    signatories: number;
    ratifications: number;
    inForce: boolean;
    /** Share of world offensive capability held by parties at the end. */
    capabilityBound: number;
    incidents: number;
    civilianHarm: number;
    covertOpsParties: number;
    covertOpsNonParties: number;
    attributionsCorrect: number;
    attributionsFalse: number;
    attributionsDenied: number;
    /** Mean over actors of the Beta mean of their trust in the attribution body. */
    attributionTrust: number;
    withdrawals: number;
    techAccordSigners: number;
    contentScope: number;
    binding: number;
    welfareStates: number;
    welfareFirms: number;
    welfareCivil: number;
    /** Welfare of every actor, by id. */
    welfareBy: Record<string, number>;
    massEvents: number;
    pledgesMade: number;
    pledgesKept: number;
    pledgesBroken: number;
    faults: number;
    signedBy: string[];
    ratifiedBy: string[];
    techAccordBy: string[];
    /** Final position of every article. */
    text: Record<ArticleId, number>;
}
/**
 * Computes the outcome metrics of a state.
 *
 * @example
 * const o = outcomeOf(finalState);
 * console.log(o.inForce, o.ratifiedBy.join(', '));
 */
export declare function outcomeOf(state: GameState): Outcome;
