/**
 * Test support: loading the shipped scenarios, building small states for rule tests, and driving
 * all-bot games step by step on the internal (mutable) path with a hook after every step.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { shippedScenarioIds } from '../../src/scenario/shipped.js';
import { createState } from '../../src/state/create.js';
import type { GameState, StatePrivate, FirmPrivate, CivilPrivate } from '../../src/state/types.js';
import { resolveSeats, type SeatAssignment } from '../../src/game/seats.js';
import { advance, beginGame } from '../../src/flow/step.js';
import { compiledPhaseDriver, type PhaseDriver } from '../../src/flow/machine.js';
import { decideAll, submitDecisions, type StrategyLookup } from '../../src/game/game.js';
import { builtinStrategy } from '../../src/strategies/builtin.js';

export const SCENARIO_IDS = shippedScenarioIds;

const cache = new Map<string, Scenario>();

/** A shipped scenario, parsed and validated (a fresh deep copy each call, so tests may edit it). */
export function loadScenario(id: string): Scenario {
  let scenario = cache.get(id);
  if (!scenario) {
    const path = fileURLToPath(new URL(`../../../../scenarios/${id}.yaml`, import.meta.url));
    const result = parseScenario(readFileSync(path, 'utf8'), path);
    if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.problems)}`);
    scenario = result.scenario;
    cache.set(id, scenario);
  }
  return structuredClone(scenario);
}

/**
 * A scenario with the types of its file as the truth (its `uncertainty` block removed), for tests
 * that follow one scripted path through a game rather than the model's uncertainty.
 */
export function fixedTypes(scenario: Scenario): Scenario {
  const { uncertainty: _uncertainty, ...fixed } = scenario;
  return fixed as Scenario;
}

/** Every seat played by one strategy. */
export function everySeat(scenario: Scenario, strategy: string): SeatAssignment {
  return Object.fromEntries(Object.keys(scenario.actors).map((id) => [id, strategy]));
}

/** A fresh state before the first step (flow in drafting, round 0, year 0), for rule tests. */
export function freshState(scenario: Scenario | string, seed = 'unit'): GameState {
  const s = typeof scenario === 'string' ? loadScenario(scenario) : scenario;
  return createState(s, seed, resolveSeats(s));
}

/** The seat index of an actor id (throws when unknown, so a typo fails loudly). */
export function seat(state: GameState, id: string): number {
  const i = state.actors.findIndex((a) => a.id === id);
  if (i < 0) throw new Error(`no actor ${id}`);
  return i;
}

/** Narrowed private facts. */
export function stateFacts(state: GameState, id: string): StatePrivate {
  const p = state.world.private[seat(state, id)]!;
  if (p.kind !== 'state') throw new Error(`${id} is not a state`);
  return p;
}
export function firmFacts(state: GameState, id: string): FirmPrivate {
  const p = state.world.private[seat(state, id)]!;
  if (p.kind !== 'firm') throw new Error(`${id} is not a firm`);
  return p;
}
export function civilFacts(state: GameState, id: string): CivilPrivate {
  const p = state.world.private[seat(state, id)]!;
  if (p.kind !== 'civil') throw new Error(`${id} is not civil society`);
  return p;
}

/** Ids of the states of a state, in seat order. */
export function stateIds(state: GameState): string[] {
  return state.actors.filter((a) => a.kind === 'state').map((a) => a.id);
}

/** A sheet array (null for every seat) with some seats filled. */
export function sheetsFor<S>(state: GameState, entries: Record<string, S>): (S | null)[] {
  const sheets: (S | null)[] = state.actors.map(() => null);
  for (const [id, sheet] of Object.entries(entries)) sheets[seat(state, id)] = sheet;
  return sheets;
}

/** Options of an internal step-by-step game. */
export interface DriveOptions {
  readonly seed?: string | number;
  readonly seats?: SeatAssignment;
  readonly strategies?: StrategyLookup;
  readonly driver?: PhaseDriver;
  /** Called on the state after the game begins and after every resolved step. */
  readonly onStep?: (state: GameState) => void;
  /** Fails the game when it has not ended after this many steps. */
  readonly maxSteps?: number;
}

/** Plays a whole all-bot game on the mutable path (the fast path's own loop, with a hook). */
export function drive(scenario: Scenario, options: DriveOptions = {}): GameState {
  const driver = options.driver ?? compiledPhaseDriver;
  const strategies = options.strategies ?? builtinStrategy;
  const state = createState(scenario, String(options.seed ?? 1), resolveSeats(scenario, options.seats));
  beginGame(state, driver);
  options.onStep?.(state);
  let steps = 0;
  while (state.flow.phase !== 'concluded') {
    if (++steps > (options.maxSteps ?? 1000)) throw new Error(`game did not end within ${options.maxSteps ?? 1000} steps`);
    const requests = state.flow.step.requests;
    submitDecisions(state, requests, decideAll(state, requests, strategies));
    advance(state, driver);
    options.onStep?.(state);
  }
  return state;
}

/** The bound on a game's resolved steps: drafting, rounds and votes, signature, ratification, 3 a year. */
export function stepBound(scenario: Scenario): number {
  return 1 + 2 * scenario.rules.rounds + 2 + 3 * scenario.horizon.years;
}
