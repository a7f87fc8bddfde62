/**
 * The step driver, over a mutable state: entering a step (shocks, requests), receiving sheets,
 * resolving the step once every seat asked has answered, and moving to the next phase as the
 * statechart says. The public immutable API (game/) runs these inside immer's `produce`; the batch
 * runner runs the very same functions on a private mutable state.
 */
import { emit } from '../state/emit.js';
import type { GameState, Phase, SeatMemory, StepRecord } from '../state/types.js';
import { applyScheduled, applyScheduledEvent, drawChanceEvents, scheduledStatus } from '../rules/shocks.js';
import { beginYear } from '../rules/consequences.js';
import { settlePledgesOfKind } from '../rules/talk.js';
import { checkSheet, type IllegalDecision } from './legality.js';
import type { PhaseDriver } from './machine.js';
import { buildRequests } from './requests.js';
import { resolveSheets } from './resolve.js';
import type { Sheet } from './sheets.js';
import { fallbackSheet } from './fallback.js';
import { filled } from '../state/arrays.js';

/** Enters the first step of a fresh state. */
export function beginGame(state: GameState, driver: PhaseDriver): void {
  openStep(state);
  settleEmptySteps(state, driver);
}

/**
 * Records one seat's sheet for the current step. Returns a typed error, and changes nothing, when
 * the seat has no request, has already answered, or the sheet is illegal.
 */
export function submit(state: GameState, seat: number, sheet: Sheet): IllegalDecision | null {
  const problem = admissible(state, seat, sheet);
  if (problem !== null) return problem;
  store(state, seat, sheet);
  return null;
}

/** Records a sheet already checked against this step's request for `seat` (no second check). */
export function store(state: GameState, seat: number, sheet: Sheet): void {
  state.flow.step.sheets[seat] = sheet;
}

/** Why a sheet from `seat` cannot be taken now, or null. */
export function admissible(state: GameState, seat: number, sheet: Sheet): IllegalDecision | null {
  if (state.flow.phase === 'concluded') return { code: 'game-over', slot: '', message: 'the game is over' };
  const request = state.flow.step.requests.find((r) => r.seat === seat);
  const who = state.actors[seat]?.id ?? `seat ${seat}`;
  if (!request) return { code: 'not-your-turn', slot: '', message: `${who} has nothing to decide in this step` };
  if (state.flow.step.sheets[seat] !== null) return { code: 'already-decided', slot: '', message: `${who} has already decided this step` };
  return checkSheet(request, sheet);
}

/** Whether every seat asked in the current step has answered. */
export function stepComplete(state: GameState): boolean {
  const { requests, sheets } = state.flow.step;
  return requests.every((r) => sheets[r.seat] !== null);
}

/**
 * Resolves the current step if complete (or if `force`, filling missing sheets with the safe
 * fallback and recording a fault for each), then enters the next step with requests.
 */
export function advance(state: GameState, driver: PhaseDriver, force = false): boolean {
  if (state.flow.phase === 'concluded') return false;
  if (!stepComplete(state)) {
    if (!force) return false;
    for (const r of state.flow.step.requests) {
      if (state.flow.step.sheets[r.seat] !== null) continue;
      recordFault(state, r.seat, 'no decision in time: the safe default was used');
      state.flow.step.sheets[r.seat] = fallbackSheet(state, r);
    }
  }
  closeStep(state, driver);
  settleEmptySteps(state, driver);
  return true;
}

/**
 * Triggers the scenario's scheduled event `k` now, ahead of its time (a facilitator's move in
 * class): it takes effect at once, is recorded with the step for replay, and will not happen
 * again at its scheduled time. Returns why not, and changes nothing, when it cannot.
 */
export function inject(state: GameState, k: number): string | null {
  if (state.flow.phase === 'concluded') return 'the game is over';
  if (!Number.isInteger(k) || state.scenario.events[k] === undefined)
    return `no scheduled event ${k} in this scenario (it has ${state.scenario.events.length})`;
  const status = scheduledStatus(state, k);
  if (status !== 'due') return `scheduled event ${k} has already ${status === 'triggered' ? 'been triggered' : 'happened'}`;
  (state.flow.step.injected ??= []).push(k);
  applyScheduledEvent(state, k);
  return null;
}

/** Marks a human seat's sheet of this step as decided by a bot standing in for its team. */
export function markStandIn(state: GameState, seat: number): void {
  (state.flow.step.standIns ??= []).push(seat);
}

/** Records a fault of a seat (an exception, an illegal sheet, a timeout) in the log and tally. */
export function recordFault(state: GameState, seat: number, reason: string): void {
  state.world.tally.faults++;
  state.flow.step.faults.push([seat, reason]);
  emit(state, 'fault', { actor: seat, text: reason }, null);
}

/** Keeps a seat's strategy memory after its decision, in the state and in this step's record. */
export function remember(state: GameState, seat: number, memory: SeatMemory): void {
  state.memory[seat] = memory;
  state.flow.step.memory.push([seat, memory]);
}

function closeStep(state: GameState, driver: PhaseDriver): void {
  const { flow } = state;
  const { requests, sheets } = flow.step;
  markDecisions(state);
  resolveSheets(state, sheets);
  if (flow.phase !== 'concluded') {
    const record: StepRecord = {
      index: flow.step.index,
      phase: flow.phase,
      round: flow.round,
      year: flow.year,
      seats: requests.map((r) => r.seat),
      sheets: requests.map((r) => sheets[r.seat]!),
      faults: flow.step.faults,
      memory: flow.step.memory,
    };
    // Only a facilitator's step carries injections and stand-ins: the batch path keeps its records lean.
    const { injected, standIns } = flow.step;
    state.history.push(injected === undefined && standIns === undefined ? record : { ...record, ...(injected ? { injected } : {}), ...(standIns ? { standIns } : {}) });
  }
  enterPhase(state, driver(state));
}

/**
 * Marks, for each seat asked in the closing step, what it had seen when the step opened: the news
 * of its next digest starts there (so an event a facilitator brought forward during the step is
 * news too).
 */
function markDecisions(state: GameState): void {
  const { index, requests, opened } = state.flow.step;
  for (const r of requests) {
    state.world.private[r.seat]!.lastDecision = { step: index, publicSeen: opened.publicSeen, privateSeen: opened.privateSeen[r.seat] ?? 0 };
  }
}

/** Steps in which nobody decides resolve at once. */
function settleEmptySteps(state: GameState, driver: PhaseDriver): void {
  while (state.flow.phase !== 'concluded' && state.flow.step.requests.length === 0) closeStep(state, driver);
}

function enterPhase(state: GameState, phase: Phase): void {
  const { flow } = state;
  const changed = phase !== flow.phase;
  flow.phase = phase;
  if (phase === 'negotiation') flow.round++;
  if (phase === 'operations') flow.year++;
  flow.step.index++;
  if (changed || phase === 'negotiation' || phase === 'operations') emit(state, 'phase', { text: phase }, null);
  if (phase === 'negotiation') applyScheduled(state, 'round');
  if (phase === 'operations') {
    beginYear(state);
    applyScheduled(state, 'year');
    drawChanceEvents(state);
  }
  if (phase === 'concluded') conclude(state);
  openStep(state);
}

function openStep(state: GameState): void {
  state.flow.step.requests = state.flow.phase === 'concluded' ? [] : buildRequests(state);
  state.flow.step.sheets = filled<Sheet | null>(state.actors.length, null);
  state.flow.step.faults = [];
  state.flow.step.memory = [];
  state.flow.step.opened = { publicSeen: state.world.public.log.length, privateSeen: state.world.private.map((p) => p.log.length) };
  if (state.flow.step.injected !== undefined) delete state.flow.step.injected;
  if (state.flow.step.standIns !== undefined) delete state.flow.step.standIns;
}

/** Promises of restraint never broken by the end are kept. */
function conclude(state: GameState): void {
  settlePledgesOfKind(state, 'no-operations', () => true);
  settlePledgesOfKind(state, 'refuse-backdoors', () => true);
  emit(state, 'concluded', {}, null);
}
