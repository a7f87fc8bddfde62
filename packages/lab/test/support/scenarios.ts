/**
 * Test support of the lab: the shipped scenarios, and all-bot games played step by step through
 * the engine's public API (the lab sees nothing else of the engine).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinStrategy, createGame, isOver, parseScenario, playBots, type GameState, type Scenario, type SeatAssignment } from '@geneva/engine';

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

/** The seat index of an actor id (throws when unknown, so a typo fails loudly). */
export function seat(state: GameState, id: string): number {
  const i = state.actors.findIndex((a) => a.id === id);
  if (i < 0) throw new Error(`no actor ${id}`);
  return i;
}

/** Options of a step-by-step game. */
export interface DriveOptions {
  readonly seed?: string | number;
  readonly seats?: SeatAssignment;
  /** Called on the state after the game begins and after every resolved step. */
  readonly onStep?: (state: GameState) => void;
  /** Fails the game when it has not ended after this many steps. */
  readonly maxSteps?: number;
}

/** Plays a whole all-bot game one step at a time, with a hook after every step. */
export function drive(scenario: Scenario, options: DriveOptions = {}): GameState {
  const maxSteps = options.maxSteps ?? 1000;
  let state = createGame(scenario, { seed: options.seed ?? 1, ...(options.seats ? { seats: options.seats } : {}) });
  options.onStep?.(state);
  for (let steps = 1; !isOver(state); steps++) {
    if (steps > maxSteps) throw new Error(`game did not end within ${maxSteps} steps`);
    state = playBots(state, builtinStrategy, 1);
    options.onStep?.(state);
  }
  return state;
}
