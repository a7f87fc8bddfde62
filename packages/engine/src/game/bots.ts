/**
 * Asking a strategy for a seat's sheet, with fault isolation: a strategy that throws or returns an
 * illegal sheet does not stop the game; the seat gets the safe fallback and the fault is logged.
 */
import { checkSheet } from '../flow/legality.js';
import { fallbackSheet } from '../flow/fallback.js';
import type { Request } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import type { GameState, SeatMemory } from '../state/types.js';
import type { GameEvent } from '../state/events.js';
import type { JsonObject } from '../state/json.js';
import { givesLegalSheets, readsLiveViews, seatRng, StrategyFault, type Memory, type Strategy } from '../strategies/strategy.js';
import { viewFor, type View } from '../view/view.js';
import { readOnly } from '../view/read-only.js';
import { deepFreeze } from '../state/freeze.js';

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

/** The bots' sheets for one step, in request order, the faults that made some fall back, and the memories they changed. */
export interface StepDecisions {
  readonly sheets: Sheet[];
  /** (seat, reason) for every seat whose strategy failed and got the safe fallback. */
  readonly faults: [number, string][];
  /** (seat, memory) for every seat whose strategy keeps memory and decided without a fault. */
  readonly memories: [number, SeatMemory][];
}

/** An empty memory for strategies that keep none: frozen, so a write is a fault that says so. */
const NO_MEMORY: Memory = Object.freeze({}) as Memory;

/** The view a strategy is given: by reference for the engine's own, else a read-only window. */
function givenView(live: boolean, view: View): View {
  return live ? view : readOnly(view);
}

/**
 * The request a strategy is given: by reference for the engine's own, else frozen first, with the
 * slot lists seats share (a strategy that wrote to its request would change other seats' requests,
 * and the legality check of its own sheet). Freezing every request of a batch cost ~10% of its time.
 */
function givenRequest(live: boolean, request: Request): Request {
  return live ? request : deepFreeze(request);
}

/**
 * Asks `strategy` for seat `request.seat`'s sheet, recording in `out` why the fallback was used if
 * it was, and the strategy's memory after the decision if it keeps one (one result object per step,
 * not per decision: this is the batch path). The strategy's random stream is derived from the game
 * seed, the seat and the step, so it is the same on replay and after a restore, and independent of
 * every other seat's draws. A decision that faults leaves the memory as it was.
 */
export function botDecision(state: GameState, request: Request, strategy: Strategy, out: StepDecisions, budget?: DecisionBudget): Sheet {
  const rng = seatRng(state.seedHash, request.seat, request.step);
  const live = readsLiveViews(strategy);
  const view = givenView(live, viewFor(state, request.seat));
  const asked = givenRequest(live, request);
  const start = budget?.clock() ?? 0;
  let sheet: Sheet;
  let memory: SeatMemory | null = null;
  try {
    if (strategy.meta.memory) {
      const value = recalled(strategy, view, state.memory[request.seat] ?? null);
      sheet = strategy.decide(view, asked, rng, value);
      memory = { value: jsonCopy(value), publicSeen: view.public.log.length, privateSeen: view.me.log.length };
    } else sheet = strategy.decide(view, asked, rng, NO_MEMORY);
  } catch (error) {
    return fault(state, request, out, error instanceof StrategyFault ? `${strategy.id} ${error.message}` : `${strategy.id} threw: ${messageOf(error)}`);
  }
  if (budget !== undefined) {
    const took = budget.clock() - start;
    if (took > budget.ms) return fault(state, request, out, `${strategy.id} took ${took.toFixed(0)} ms (budget ${budget.ms} ms)`);
  }
  if (isThenable(sheet)) return fault(state, request, out, `${strategy.id} returned a promise: decide must return the sheet itself, not wait for it`);
  const problem = givesLegalSheets(strategy) ? null : sheetProblem(strategy, request, sheet);
  if (problem !== null) return fault(state, request, out, problem);
  if (memory !== null) out.memories.push([request.seat, memory]);
  return sheet;
}

/** Why a strategy's sheet cannot be taken for its request, as a fault's reason, or null. */
function sheetProblem(strategy: Strategy, request: Request, sheet: Sheet): string | null {
  let problem: ReturnType<typeof checkSheet>;
  try {
    problem = checkSheet(request, sheet);
  } catch (error) {
    // A getter or a proxy in the sheet: reading it threw.
    return `${strategy.id} gave a sheet that cannot be read: ${messageOf(error)}`;
  }
  return problem === null ? null : `${strategy.id} gave an illegal sheet: ${problem.slot === '' ? '' : `${problem.slot}: `}${problem.message}`;
}

/** The memory to decide with: a fresh copy of the stored one (or the initial one), having observed what is new. */
function recalled(strategy: Strategy, view: View, stored: SeatMemory | null): Memory {
  const value = stored === null ? (strategy.initialMemory?.(view) ?? {}) : (jsonCopy(stored.value) as Memory);
  strategy.observe?.(eventsSince(view, stored), view, value);
  return value;
}

/**
 * The events a seat could see since it last decided, in the order they happened: its public and
 * private logs merged by step (public first within a step).
 */
function eventsSince(view: View, stored: SeatMemory | null): GameEvent[] {
  const pub = view.public.log;
  const own = view.me.log;
  const events: GameEvent[] = [];
  let i = stored?.publicSeen ?? 0;
  let j = stored?.privateSeen ?? 0;
  while (i < pub.length || j < own.length) {
    const takePublic = j >= own.length || (i < pub.length && pub[i]!.step <= own[j]!.step);
    events.push((takePublic ? pub[i++] : own[j++]) as GameEvent);
  }
  return events;
}

/** A JSON copy: what survives a save. Throws for what JSON cannot hold (cycles, BigInt). */
function jsonCopy(value: Memory): JsonObject {
  const text = JSON.stringify(value);
  if (typeof text !== 'string') throw new TypeError('its memory is not a JSON object');
  return JSON.parse(text) as JsonObject;
}

function fault(state: GameState, request: Request, out: StepDecisions, reason: string): Sheet {
  out.faults.push([request.seat, reason]);
  return fallbackSheet(state, request);
}

/**
 * The message of anything a strategy threw, on one line, without ever throwing itself: a strategy
 * may throw an object whose `message` getter or `toString` throws in turn.
 */
function messageOf(error: unknown): string {
  try {
    const text = error instanceof Error ? String(error.message) : String(error);
    return text.replace(/\s*\n\s*/g, ' ').slice(0, 300);
  } catch {
    return 'something that cannot be read as a message';
  }
}

/** Whether a strategy returned a promise (an async decide), read without trusting the object. */
function isThenable(value: unknown): boolean {
  try {
    if (typeof value !== 'object' || value === null || typeof (value as { then?: unknown }).then !== 'function') return false;
    // Its rejection would end the process as unhandled long after the decision: absorb it.
    (value as Promise<unknown>).then(undefined, () => undefined);
    return true;
  } catch {
    return false;
  }
}
