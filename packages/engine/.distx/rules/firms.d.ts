import type { GameState } from '../state/types.js';
import type { OperationsSheet } from '../flow/sheets.js';
/** The year's defensive posture of the private sector, as the operations rules use it. */
export interface Defences {
    /** Intelligence-weighted share of firms sharing threat intelligence, 0..1. */
    readonly intel: number;
    /** Intelligence-weighted share of firms taking down attacker infrastructure, 0..1. */
    readonly takedown: number;
    /** Per state: how well firms present in its market defend it, 0..1. */
    readonly defence: readonly number[];
    /** Harm multiplier from the backdoors in circulation (≥ 1). */
    readonly exposure: number;
}
/** Welfare a firm loses by refusing its government a backdoor, × its exposure to pressure. */
export declare const REFUSAL_COST = 0.05;
/** Share of protection a firm gives customers outside its home state when it defends only at home. */
export declare const HOME_ONLY_COVER = 0.3;
/**
 * The defences implied by the firms' public policies of last year (sharing, defending everywhere),
 * without applying anything: what an analysis of the present state uses. Takedowns are not public
 * and count as none.
 */
export declare function publicDefences(state: GameState): Defences;
/** Applies the firms' orders for the year and returns the resulting defences. */
export declare function runFirms(state: GameState, sheets: readonly (OperationsSheet | null)[]): Defences;
/** Passes this year's backdoor requests of states to their home firms (answered next year). */
export declare function requestBackdoors(state: GameState, sheets: readonly (OperationsSheet | null)[]): void;
