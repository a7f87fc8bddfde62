import type { GameState } from '../state/types.js';
import type { NegotiationSheet } from '../flow/sheets.js';
/** Trust gained each round between two members of the same coalition. */
export declare const COALITION_TRUST_GAIN = 0.02;
/** Applies coalition moves, then the trust members build with each other. */
export declare function moveCoalitions(state: GameState, sheets: readonly (NegotiationSheet | null)[]): void;
