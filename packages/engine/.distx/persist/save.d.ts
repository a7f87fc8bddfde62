import type { GameState } from '../state/types.js';
/** The format tag of a save file. */
export declare const SAVE_FORMAT = "geneva-save";
/** The result of restoring a save. */
export type RestoreResult = {
    readonly ok: true;
    readonly state: GameState;
} | {
    readonly ok: false;
    readonly error: string;
};
/**
 * Serialises a game (finished or not).
 *
 * @example
 * fs.writeFileSync('class-3.geneva.json', saveGame(game));
 */
export declare function saveGame(state: GameState): string;
/**
 * Restores a game saved by {@link saveGame}. Never throws for bad input.
 *
 * @example
 * const restored = restoreGame(text);
 * if (restored.ok) game = restored.state; else console.error(`class-3.geneva.json: ${restored.error}`);
 */
export declare function restoreGame(text: string): RestoreResult;
