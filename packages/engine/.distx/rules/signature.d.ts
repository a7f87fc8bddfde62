import type { GameState } from '../state/types.js';
import type { SignatureSheet } from '../flow/sheets.js';
/** Records signatures; a pledge to sign is settled, and a pledge to ratify is broken by not signing. */
export declare function sign(state: GameState, sheets: readonly (SignatureSheet | null)[]): void;
