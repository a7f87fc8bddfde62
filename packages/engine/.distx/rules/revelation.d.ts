import type { GameState } from '../state/types.js';
/** Trust every actor loses in a state exposed as an attacker. */
export declare const EXPOSED_TRUST_LOSS = 0.1;
/** Trust every actor loses in an accuser exposed as wrong. */
export declare const WRONG_ACCUSER_LOSS = 0.1;
/** Makes the truth of an incident public and applies its consequences (once). */
export declare function revealTruth(state: GameState, incidentId: number): void;
