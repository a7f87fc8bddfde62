import type { Scenario } from '../scenario/schema.js';
import type { GameState } from './types.js';
/** The version of the game-state format (saved games carry it). */
export declare const STATE_VERSION = 1;
/**
 * Builds the state before the first step. `seats[i]` names who plays actor i (a strategy id or
 * `human`); the flow is positioned by the caller (flow/step.ts).
 */
export declare function createState(scenario: Scenario, seed: string, seats: readonly string[], scenarioHash?: string): GameState;
