/**
 * The fast path: plays a whole all-bot game on a private mutable state, with one long-lived
 * XState actor for the phases. Same rule functions as the immutable API, so the two agree step for
 * step (a property test checks it); this one avoids immer's proxies and per-step snapshots.
 */
import { createActor } from 'xstate';
import type { Scenario } from '../scenario/schema.js';
import { createState } from '../state/create.js';
import type { GameState } from '../state/types.js';
import { advance, beginGame } from '../flow/step.js';
import { compiledPhaseDriver, phaseMachine, phaseOf, stateValueOf, type PhaseDriver } from '../flow/machine.js';
import { builtinStrategy } from '../strategies/builtin.js';
import { decideSeats, submitDecisions, type NewGameOptions, type StrategyLookup } from './game.js';
import { mapped } from '../state/arrays.js';
import { HUMAN, resolveSeats } from './seats.js';
import type { DecisionBudget } from './bots.js';

/** Options of an all-bot game. */
export interface PlayOptions extends NewGameOptions {
  /** Where strategy ids are looked up (the built-ins by default). */
  readonly strategies?: StrategyLookup;
  /** The scenario's content hash, when the caller has it already (batches: computed once). */
  readonly scenarioHash?: string;
  /** A time budget per bot decision, with the caller's clock (none by default: the engine reads no clock). */
  readonly budget?: DecisionBudget;
}

/** A phase driver over one long-lived XState actor, started at the state's phase (for comparison). */
export function actorPhaseDriver(state: GameState): PhaseDriver {
  const snapshot = phaseMachine.resolveState({ value: stateValueOf(state.flow.phase), context: {} });
  const actor = createActor(phaseMachine, { snapshot }).start();
  return (game) => {
    actor.send({ type: 'RESOLVED', game });
    return phaseOf(actor.getSnapshot());
  };
}

/**
 * Plays a game to the end with bots in every seat and returns the final state (mutable, owned by
 * the caller).
 *
 * @throws SeatError for an unknown actor in `seats`, Error when a seat is human
 * @example
 * const final = playGame(scenario, { seed: 42 });
 * outcomeOf(final).inForce;
 */
export function playGame(scenario: Scenario, options: PlayOptions = {}): GameState {
  const seats = resolveSeats(scenario, options.seats);
  if (seats.includes(HUMAN)) throw new Error('playGame needs a bot in every seat; use createGame/applyDecision for human seats');
  const state = createState(scenario, String(options.seed ?? 1), seats, options.scenarioHash);
  beginGame(state, compiledPhaseDriver);
  playOn(state, compiledPhaseDriver, options.strategies ?? builtinStrategy, options.budget);
  return state;
}

/** Continues a mutable state with bots in every seat until the game ends. */
export function playOn(state: GameState, driver: PhaseDriver, strategies: StrategyLookup, budget?: DecisionBudget): void {
  // A game's seats do not change: each seat's strategy is looked up once, not at every decision.
  const bySeat = mapped(state.seats, (id) => strategies(id));
  const strategyOf = (seat: number) => bySeat[seat];
  while (state.flow.phase !== 'concluded') {
    const requests = state.flow.step.requests;
    submitDecisions(state, requests, decideSeats(state, requests, strategyOf, budget));
    advance(state, driver);
  }
}
