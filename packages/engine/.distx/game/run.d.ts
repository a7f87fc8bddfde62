import type { Scenario } from '../scenario/schema.js';
import type { GameState } from '../state/types.js';
import { type PhaseDriver } from '../flow/machine.js';
import { type NewGameOptions, type StrategyLookup } from './game.js';
/** Options of an all-bot game. */
export interface PlayOptions extends NewGameOptions {
    /** Where strategy ids are looked up (the built-ins by default). */
    readonly strategies?: StrategyLookup;
    /** The scenario's content hash, when the caller has it already (batches: computed once). */
    readonly scenarioHash?: string;
}
/** A phase driver over one long-lived XState actor, started at the state's phase (for comparison). */
export declare function actorPhaseDriver(state: GameState): PhaseDriver;
/**
 * Plays a game to the end with bots in every seat and returns the final state (mutable, owned by
 * the caller).
 *
 * @throws SeatError for an unknown actor in `seats`, Error when a seat is human
 * @example
 * const final = playGame(scenario, { seed: 42 });
 * outcomeOf(final).inForce;
 */
export declare function playGame(scenario: Scenario, options?: PlayOptions): GameState;
/** Continues a mutable state with bots in every seat until the game ends. */
export declare function playOn(state: GameState, driver: PhaseDriver, strategies: StrategyLookup): void;
