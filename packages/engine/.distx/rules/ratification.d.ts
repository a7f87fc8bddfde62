import type { GameState } from '../state/types.js';
import type { RatificationSheet } from '../flow/sheets.js';
/** The chance that state i's legislature ratifies the current text. */
export declare function ratificationChance(state: GameState, i: number): number;
/** Runs the domestic processes of the signatories that submit, then checks entry into force. */
export declare function ratify(state: GameState, sheets: readonly (RatificationSheet | null)[]): void;
/** Whether the ratifications meet the quorum now. */
export declare function quorumMet(state: GameState): boolean;
/** Brings the convention into force at quorum; the body exists if the text created one. */
export declare function checkEntryIntoForce(state: GameState): void;
/** The attribution-article position from which the text creates an attribution body. */
export declare const BODY_THRESHOLD = 0.3;
