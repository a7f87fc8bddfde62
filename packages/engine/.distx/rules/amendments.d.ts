import type { GameState } from '../state/types.js';
import type { NegotiationSheet } from '../flow/sheets.js';
/** Votes on the pending amendments (sheets in seat order) and applies those that pass. */
export declare function votePendingAmendments(state: GameState, sheets: readonly (NegotiationSheet | null)[]): void;
/** Admits this round's amendments (one per article), which become pending for the next round. */
export declare function tableAmendments(state: GameState, sheets: readonly (NegotiationSheet | null)[]): void;
