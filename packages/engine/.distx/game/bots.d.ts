import type { Request } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import type { GameState } from '../state/types.js';
import { type Strategy } from '../strategies/strategy.js';
/** A strategy's sheet, or the fallback with the reason it was needed. */
export interface BotDecision {
    readonly sheet: Sheet;
    /** Why the fallback was used, when it was. */
    readonly fault?: string;
}
/**
 * Asks `strategy` for seat `request.seat`'s sheet. Its random stream is derived from the game seed,
 * the seat and the step, so it is the same on replay and after a restore, and independent of every
 * other seat's draws.
 */
export declare function botDecision(state: GameState, request: Request, strategy: Strategy): BotDecision;
