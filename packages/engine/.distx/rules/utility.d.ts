import type { Rules } from '../scenario/schema.js';
import type { ActorInfo, PublicRecord } from '../state/types.js';
/** The preferences a utility needs (a state's private facts satisfy it). */
export interface Preferences {
    readonly ideal: readonly number[];
    readonly salience: readonly number[];
    readonly contentControl: number;
    readonly contentTolerance: number;
    readonly capability: number;
    readonly reservation: number;
    readonly bodyAlpha: number;
    readonly bodyBeta: number;
}
/** Share of the protection a non-party still enjoys from others' restraint. */
export declare const FREE_RIDE_SHARE = 0.5;
/**
 * The content meta-issue: broad "information security" scope scales the value of the whole text,
 * down for states that reject content control (beyond their tolerance), up for those that want it.
 */
export declare function contentFactor(p: Preferences, content: number): number;
/** `Σ_a w_a (1 − |x_a − ideal_a|) × m(content)`, in [0, 1]. */
export declare function textUtility(p: Preferences, text: readonly number[]): number;
/** How much a finding bites: bindingness, and the attribution body's strength times trust in it. */
export declare function enforcement(p: Preferences, text: readonly number[]): number;
/**
 * The share of world offensive capability expected to be bound, from the public record: the
 * ratified (once any are), else the signatories, else the states outside the sovereignty coalition.
 */
export declare function expectedBound(pub: PublicRecord, actors: readonly ActorInfo[]): number;
/** Protection a party gains: its exposure × bound capability × protected scope × enforcement. */
export declare function protection(p: Preferences, exposure: number, text: readonly number[], bound: number): number;
/** What a party gives up: its own capability × restraint and disclosure × bindingness. */
export declare function restraintCost(p: Preferences, text: readonly number[]): number;
/**
 * Surplus of joining over staying out: text utility + protection − restraint, against the
 * reservation value + the free-rider's share of protection − the club penalty on non-parties.
 */
export declare function treatySurplus(p: Preferences, exposure: number, text: readonly number[], bound: number, rules: Rules): number;
/**
 * The surplus of `text` with at most one article changed, in O(1) per call: `evaluate(a, x)` is
 * the surplus with article `a` at position `x` (`a` = -1: the text as is). Bots weigh every
 * candidate amendment with it; {@link treatySurplus} is the same formula.
 */
export declare function surplusEvaluator(p: Preferences, exposure: number, text: readonly number[], bound: number, rules: Rules): (article: number, value: number) => number;
/** The logit penalty the legislature applies to content scope beyond its red line. */
export declare function redline(p: Preferences, text: readonly number[], rules: Rules): number;
