import type { GameState } from '../state/types.js';
import type { VoteSheet } from '../flow/sheets.js';
/** Counts the votes and records adoption or rejection. */
export declare function voteOnText(state: GameState, sheets: readonly (VoteSheet | null)[]): void;
