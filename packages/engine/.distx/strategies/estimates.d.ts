import type { AmendOrder } from '../flow/sheets.js';
import { type Preferences } from '../rules/utility.js';
import type { StatePrivate } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';
/** The seat's private facts if it is a state. */
export declare function stateFacts(view: View): DeepReadonly<StatePrivate> | undefined;
/** The share of capability the viewing seat expects to be bound (from the public record). */
export declare function boundInView(view: View): number;
/** Surplus of the treaty with `text` for the viewing state (`bound`: see {@link boundInView}). */
export declare function surplusOf(view: View, me: Preferences, text: readonly number[], bound?: number): number;
/**
 * Values amendments for the viewing state: the change in its surplus if an article moved by
 * `delta`. Built once per decision (the participation estimate and the current surplus are shared).
 */
export declare function amendmentAppraiser(view: View, me: Preferences): (article: number, delta: number) => number;
/** Change in the viewing state's surplus if the amendment passed. */
export declare function amendmentValue(view: View, me: Preferences, article: number, delta: number): number;
/** The amendment that most raises the viewing state's surplus (null if none does). */
export declare function bestAmendment(view: View, me: Preferences, bias?: (article: number) => number, value?: (article: number, delta: number) => number): AmendOrder | null;
/** Whether seat i is a party, from the public record. */
export declare function isPartyInView(view: View, i: number): boolean;
/**
 * The viewing state's valuation of operations: `value(target)` is the expected value of one
 * operation against `target` — gain weighted by how little it trusts the target, minus the expected
 * cost of being detected, named and believed. What does not depend on the target is computed once.
 */
export declare function operationValuer(view: View, me: DeepReadonly<StatePrivate>): (target: number) => number;
/** The expected value of one operation against `target` (see {@link operationValuer}). */
export declare function operationValue(view: View, me: DeepReadonly<StatePrivate>, target: number): number;
