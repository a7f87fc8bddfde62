/**
 * The public, immutable game API. Every function takes a state and returns a new one (immer's
 * `produce` over the same rule functions the batch runner uses); the input is never changed, and
 * states are deeply frozen, so a client can keep every past state for undo and replay.
 */
import { freeze, produce } from 'immer';
import type { Scenario } from '../scenario/schema.js';
import { createState } from '../state/create.js';
import type { GameState } from '../state/types.js';
import type { GameEvent } from '../state/events.js';
import { advance, admissible, beginGame, inject, markStandIn, recordFault, remember, store } from '../flow/step.js';
import { scheduledStatus, type ScheduledStatus } from '../rules/shocks.js';
import type { ScheduledEvent } from '../scenario/schema.js';
import { purePhaseDriver } from '../flow/machine.js';
import type { IllegalDecision } from '../flow/legality.js';
import type { Request } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import { fallbackSheet } from '../flow/fallback.js';
import { builtinStrategy } from '../strategies/builtin.js';
import type { Strategy } from '../strategies/strategy.js';
import { botDecision, type DecisionBudget, type StepDecisions } from './bots.js';
import { HUMAN, resolveSeats, type SeatAssignment } from './seats.js';

/** Options of a new game. */
export interface NewGameOptions {
  /** The seed; any string or number (default `1`). */
  readonly seed?: string | number;
  /** Who plays each seat (strategy id or `human`); the scenario's defaults otherwise. */
  readonly seats?: SeatAssignment;
}

/** Finds a strategy by id: the built-ins by default; pass your own to add strategies. */
export type StrategyLookup = (id: string) => Strategy | undefined;

/** The result of applying a decision. */
export type ApplyResult = { readonly ok: true; readonly state: GameState } | { readonly ok: false; readonly error: IllegalDecision };

/**
 * Creates a game positioned at its first step.
 *
 * @example
 * const scenario = parseScenario(text, 'rsa-2017.yaml');
 * if (scenario.ok) {
 *   const game = createGame(scenario.scenario, { seed: 7, seats: { usa: 'human' } });
 * }
 */
export function createGame(scenario: Scenario, options: NewGameOptions = {}): GameState {
  const state = createState(scenario, String(options.seed ?? 1), resolveSeats(scenario, options.seats));
  beginGame(state, purePhaseDriver);
  return freeze(state, true);
}

/** The seat index of an actor id or index (-1 if none). */
export function seatIndex(state: GameState, seat: string | number): number {
  return typeof seat === 'number' ? (state.actors[seat] ? seat : -1) : state.actors.findIndex((a) => a.id === seat);
}

/**
 * The requests of the current step still awaiting a sheet: who must decide what now.
 *
 * @example
 * for (const r of pendingRequests(game)) console.log(r.actor, r.phase, Object.keys(r.slots));
 */
export function pendingRequests(state: GameState): readonly Request[] {
  return state.flow.step.requests.filter((r) => state.flow.step.sheets[r.seat] === null);
}

/**
 * The legal decisions of an actor now, slot by slot (its request), or undefined when it has
 * nothing to decide (or has already decided this step).
 *
 * @example
 * const request = legalDecisions(game, 'usa');
 * request?.slots.vote?.options; // ['yes', 'no', 'abstain']
 */
export function legalDecisions(state: GameState, seat: string | number): Request | undefined {
  const i = seatIndex(state, seat);
  return pendingRequests(state).find((r) => r.seat === i);
}

/** Options of {@link applyDecision}. */
export interface ApplyOptions {
  /**
   * The sheet was decided by a bot standing in for the seat's absent team (a facilitator's move in
   * class): it counts the same, and the step's record marks it, so a debrief can tell the bot's
   * moves from the team's.
   */
  readonly standIn?: boolean;
}

/**
 * Applies one seat's sheet. When it completes the step, the step resolves and the game moves on.
 * An illegal sheet returns a typed error and the state is unchanged.
 *
 * @example
 * const result = applyDecision(game, 'usa', { phase: 'vote', vote: 'yes' });
 * if (result.ok) game = result.state; else console.log(result.error.slot, result.error.message);
 */
export function applyDecision(state: GameState, seat: string | number, sheet: Sheet, options: ApplyOptions = {}): ApplyResult {
  const i = seatIndex(state, seat);
  if (i < 0) return { ok: false, error: { code: 'not-your-turn', slot: '', message: `no seat ${String(seat)} in this game` } };
  const problem = admissible(state, i, sheet);
  if (problem !== null) return { ok: false, error: problem };
  const next = produce(state, (draft) => {
    if (options.standIn === true) markStandIn(draft, i);
    store(draft, i, sheet); // checked just above against this very state
    advance(draft, purePhaseDriver);
  });
  return { ok: true, state: next };
}

/**
 * Resolves the current step now, giving every seat that has not decided the safe fallback (a
 * timer ran out, a team is absent); each such seat is recorded as a fault.
 */
export function forceStep(state: GameState): GameState {
  return produce(state, (draft) => {
    advance(draft, purePhaseDriver, true);
  });
}

/**
 * Lets every bot seat decide, step after step, until a human seat must decide, the game ends, or
 * `maxSteps` steps have resolved. Bots decide from the view at the start of the step, so none sees
 * another's sheet of the step.
 *
 * @example
 * game = playBots(game); // now a human seat must decide, or isOver(game)
 * game = playBots(game, builtinStrategy, 1); // one step at a time (a client's "step" button)
 */
export function playBots(state: GameState, strategies: StrategyLookup = builtinStrategy, maxSteps = Infinity): GameState {
  let current = state;
  for (let steps = 0; steps < maxSteps && current.flow.phase !== 'concluded'; steps++) {
    const base = current;
    const requests = base.flow.step.requests.filter((r) => base.flow.step.sheets[r.seat] === null && base.seats[r.seat] !== HUMAN);
    if (requests.length === 0) return current;
    // Bots read the frozen state of the step's start (no proxies); only the resolution is drafted.
    const decisions = decideAll(base, requests, strategies);
    current = produce(base, (draft) => {
      submitDecisions(draft, requests, decisions);
      advance(draft, purePhaseDriver);
    });
    if (current.flow.step.index === base.flow.step.index) return current;
  }
  return current;
}

/** The bots' decisions for `requests`, all taken from the same state (the start of the step). */
export function decideAll(state: GameState, requests: readonly Request[], strategies: StrategyLookup, budget?: DecisionBudget): StepDecisions {
  return decideSeats(state, requests, (seat) => strategies(state.seats[seat]!), budget);
}

/** {@link decideAll}, with each seat's strategy found by seat index (the fast path looks each up once a game). */
export function decideSeats(state: GameState, requests: readonly Request[], strategyOf: (seat: number) => Strategy | undefined, budget?: DecisionBudget): StepDecisions {
  const decisions: StepDecisions = { sheets: [], faults: [], memories: [] };
  for (const r of requests) {
    const strategy = strategyOf(r.seat);
    if (strategy) decisions.sheets.push(botDecision(state, r, strategy, decisions, budget));
    else {
      decisions.faults.push([r.seat, `no strategy "${state.seats[r.seat]!}"`]);
      decisions.sheets.push(fallbackSheet(state, r));
    }
  }
  return decisions;
}

/** Records the step's faults and memories and stores its sheets (already checked against these requests). */
export function submitDecisions(state: GameState, requests: readonly Request[], decisions: StepDecisions): void {
  for (const [seat, reason] of decisions.faults) recordFault(state, seat, reason);
  for (const [seat, memory] of decisions.memories) remember(state, seat, memory);
  // botDecision has checked each sheet against its request.
  for (let k = 0; k < requests.length; k++) store(state, requests[k]!.seat, decisions.sheets[k]!);
}

/** The result of triggering an event. */
export type TriggerResult = { readonly ok: true; readonly state: GameState } | { readonly ok: false; readonly error: string };

/**
 * Triggers the scenario's scheduled event `index` now, ahead of its time: a facilitator bringing
 * a crisis forward in class. It takes effect at once (the seats still to decide see it), is
 * recorded with the current step, so replay and saves keep it, and does not happen again at its
 * scheduled time. Refused, with the reason, when the game is over or the event is not still due.
 *
 * @example
 * const due = scheduledEvents(game).filter((e) => e.status === 'due');
 * const result = triggerEvent(game, due[0]!.index);
 * if (result.ok) game = result.state; else console.log(result.error);
 */
export function triggerEvent(state: GameState, index: number): TriggerResult {
  let error = null as string | null;
  const next = produce(state, (draft) => {
    error = inject(draft, index);
  });
  return error === null ? { ok: true, state: next } : { ok: false, error };
}

/** A scheduled event of the scenario with where it stands in this game. */
export interface ScheduledEventStatus {
  /** Its index in the scenario's `events`. */
  readonly index: number;
  readonly event: ScheduledEvent;
  /** `due` (still to come: it may be triggered), `happened` (at its time) or `triggered` (early). */
  readonly status: ScheduledStatus;
}

/**
 * The scenario's scheduled events and where each stands: what a facilitator may still trigger.
 *
 * @example
 * scheduledEvents(game).filter((e) => e.status === 'due').map((e) => e.event.kind);
 */
export function scheduledEvents(state: GameState): readonly ScheduledEventStatus[] {
  return state.scenario.events.map((event, index) => ({ index, event, status: scheduledStatus(state, index) }));
}

/** Whether the game has ended. */
export function isOver(state: GameState): boolean {
  return state.flow.phase === 'concluded';
}

/**
 * The whole event log (omniscient). For a seat's share of it use `viewFor(state, seat)`.
 *
 * @example
 * eventsOf(game).filter((e) => e.type === 'ratified');
 */
export function eventsOf(state: GameState): readonly GameEvent[] {
  return state.log;
}
