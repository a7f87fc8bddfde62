/**
 * Asking a strategy for a seat's sheet, with fault isolation: a strategy that throws or returns an
 * illegal sheet does not stop the game; the seat gets the safe fallback and the fault is logged.
 */
import { checkSheet } from '../flow/legality.js';
import { fallbackSheet } from '../flow/fallback.js';
import type { Request } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import type { GameState } from '../state/types.js';
import { seatRng, type Strategy } from '../strategies/strategy.js';
import { viewFor } from '../view/view.js';

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
export function botDecision(state: GameState, request: Request, strategy: Strategy): BotDecision {
  const rng = seatRng(state.seedHash, request.seat, request.step);
  let sheet: Sheet;
  try {
    sheet = strategy.decide(viewFor(state, request.seat), request, rng);
  } catch (error) {
    return { sheet: fallbackSheet(state, request), fault: `${strategy.id} threw: ${messageOf(error)}` };
  }
  const problem = checkSheet(request, sheet);
  if (problem !== null) return { sheet: fallbackSheet(state, request), fault: `${strategy.id} gave an illegal sheet: ${problem.slot}: ${problem.message}` };
  return { sheet };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
