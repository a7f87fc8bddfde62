import type { GameState } from '../state/types.js';
import type { Sheet } from './sheets.js';
/** Applies the current step's sheets (null for seats not asked) to the state, in place. */
export declare function resolveSheets(state: GameState, sheets: readonly (Sheet | null)[]): void;
