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

/**
 * A time budget per decision. The clock is the caller's (the engine never reads one): a decision
 * that takes longer gets the safe fallback and a fault in the log, so a replay reproduces the game.
 */
export interface DecisionBudget {
  /** Milliseconds a decision may take. */
  readonly ms: number;
  /** A monotonic clock in milliseconds (e.g. `performance.now`). */
  readonly clock: () => number;
}

/** The bots' sheets for one step, in request order, and the faults that made some fall back. */
export interface StepDecisions {
  readonly sheets: Sheet[];
  /** (seat, reason) for every seat whose strategy failed and got the safe fallback. */
  readonly faults: [number, string][];
}

/**
 * Asks `strategy` for seat `request.seat`'s sheet, recording in `faults` why the fallback was used
 * if it was (one result object per step, not per decision: this is the batch path). The strategy's
 * random stream is derived from the game seed, the seat and the step, so it is the same on replay
 * and after a restore, and independent of every other seat's draws.
 */
export function botDecision(state: GameState, request: Request, strategy: Strategy, faults: [number, string][], budget?: DecisionBudget): Sheet {
  const rng = seatRng(state.seedHash, request.seat, request.step);
  let sheet: Sheet;
  const start = budget?.clock() ?? 0;
  try {
    sheet = strategy.decide(viewFor(state, request.seat), request, rng);
  } catch (error) {
    faults.push([request.seat, `${strategy.id} threw: ${messageOf(error)}`]);
    return fallbackSheet(state, request);
  }
  if (budget !== undefined) {
    const took = budget.clock() - start;
    if (took > budget.ms) {
      faults.push([request.seat, `${strategy.id} took ${took.toFixed(0)} ms (budget ${budget.ms} ms)`]);
      return fallbackSheet(state, request);
    }
  }
  const problem = checkSheet(request, sheet);
  if (problem === null) return sheet;
  faults.push([request.seat, `${strategy.id} gave an illegal sheet: ${problem.slot === '' ? '' : `${problem.slot}: `}${problem.message}`]);
  return fallbackSheet(state, request);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
