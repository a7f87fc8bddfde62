import type { Scenario } from '../scenario/schema.js';
import type { GameState } from '../state/types.js';
import type { GameEvent } from '../state/events.js';
import type { IllegalDecision } from '../flow/legality.js';
import type { Request } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import type { Strategy } from '../strategies/strategy.js';
import { type BotDecision } from './bots.js';
import { type SeatAssignment } from './seats.js';
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
export type ApplyResult = {
    readonly ok: true;
    readonly state: GameState;
} | {
    readonly ok: false;
    readonly error: IllegalDecision;
};
/**
 * Creates a game positioned at its first step.
 *
 * @example
 * const scenario = parseScenario(text, 'rsa-2017.yaml');
 * if (scenario.ok) {
 *   const game = createGame(scenario.scenario, { seed: 7, seats: { usa: 'human' } });
 * }
 */
export declare function createGame(scenario: Scenario, options?: NewGameOptions): GameState;
/** The seat index of an actor id or index (-1 if none). */
export declare function seatIndex(state: GameState, seat: string | number): number;
/**
 * The requests of the current step still awaiting a sheet: who must decide what now.
 *
 * @example
 * for (const r of pendingRequests(game)) console.log(r.actor, r.phase, Object.keys(r.slots));
 */
export declare function pendingRequests(state: GameState): readonly Request[];
/**
 * The legal decisions of an actor now, slot by slot (its request), or undefined when it has
 * nothing to decide (or has already decided this step).
 *
 * @example
 * const request = legalDecisions(game, 'usa');
 * request?.slots.vote?.options; // ['yes', 'no', 'abstain']
 */
export declare function legalDecisions(state: GameState, seat: string | number): Request | undefined;
/**
 * Applies one seat's sheet. When it completes the step, the step resolves and the game moves on.
 * An illegal sheet returns a typed error and the state is unchanged.
 *
 * @example
 * const result = applyDecision(game, 'usa', { phase: 'vote', vote: 'yes' });
 * if (result.ok) game = result.state; else console.log(result.error.slot, result.error.message);
 */
export declare function applyDecision(state: GameState, seat: string | number, sheet: Sheet): ApplyResult;
/**
 * Resolves the current step now, giving every seat that has not decided the safe fallback (a
 * timer ran out, a team is absent); each such seat is recorded as a fault.
 */
export declare function forceStep(state: GameState): GameState;
/**
 * Lets every bot seat decide, step after step, until a human seat must decide or the game ends.
 * Bots decide from the view at the start of the step, so none sees another's sheet of the step.
 *
 * @example
 * game = playBots(game); // now a human seat must decide, or isOver(game)
 */
export declare function playBots(state: GameState, strategies?: StrategyLookup): GameState;
/** The bots' decisions for `requests`, all taken from the same state (the start of the step). */
export declare function decideAll(state: GameState, requests: readonly Request[], strategies: StrategyLookup): BotDecision[];
/** Records the decisions' faults and stores their sheets (already checked against these requests). */
export declare function submitDecisions(state: GameState, requests: readonly Request[], decisions: readonly BotDecision[]): void;
/** Whether the game has ended. */
export declare function isOver(state: GameState): boolean;
/**
 * The whole event log (omniscient). For a seat's share of it use `viewFor(state, seat)`.
 *
 * @example
 * eventsOf(game).filter((e) => e.type === 'ratified');
 */
export declare function eventsOf(state: GameState): readonly GameEvent[];
