import type { GameState } from '../state/types.js';
import type { OperationsSheet } from '../flow/sheets.js';
import type { Defences } from './firms.js';
/** Access the body has to evidence held by a non-party attacker, relative to a party. */
export declare const NON_PARTY_ACCESS = 0.6;
/** Chance that an operation of `attacker` against `target` succeeds. */
export declare function successChance(state: GameState, attacker: number, target: number, d: Defences): number;
/** Chance that `target` detects an operation against it. */
export declare function detectionChance(state: GameState, attacker: number, target: number, d: Defences): number;
/** Accuracy of the victim's own identification. */
export declare function nationalAccuracy(state: GameState, target: number, d: Defences): number;
/**
 * Accuracy of the attribution body for an operation by `attacker` against `target`: its design
 * (the attribution article) × its access to evidence, full on a party's territory and reduced on a
 * non-party's, on the victim's side as on the attacker's; plus shared threat intelligence.
 */
export declare function bodyAccuracy(state: GameState, attacker: number, target: number, d: Defences): number;
/**
 * What a successful operation is worth to its attacker: `opGain × capability`, and for a party
 * `× (1 − restraint × binding)`: the convention's weapons restraint binds the tools it may use.
 */
export declare function operationGain(state: GameState, attacker: number): number;
/** Runs every ordered operation (attackers in seat order, targets in seat order). */
export declare function runOperations(state: GameState, sheets: readonly (OperationsSheet | null)[], d: Defences): void;
