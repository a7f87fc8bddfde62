import type { GameState, Pledge, PledgeKind } from '../state/types.js';
import type { Talk } from '../flow/sheets.js';
/** Records the messages and pledges of every sheet of the step, in seat order. */
export declare function recordTalk(state: GameState, sheets: readonly (Talk | null)[]): void;
/**
 * Marks the open pledges of `kind` made by `by` (and matching `target`, when given) kept or broken,
 * in the canonical record and in every copy a seat holds.
 */
export declare function settlePledges(state: GameState, by: number, kind: PledgeKind, kept: (pledge: Pledge) => boolean | null): void;
/**
 * Settles the open pledges of `kind` by anyone in one pass: `kept(pledge)` says kept (true), broken
 * (false) or not yet decided (null).
 */
export declare function settlePledgesOfKind(state: GameState, kind: PledgeKind, kept: (pledge: Pledge) => boolean | null): void;
/** Whether any pledges are open (a cheap guard for the hot path). */
export declare function hasOpenPledges(state: GameState): boolean;
