/**
 * Building blocks the built-in bots share: voting by utility, amending toward the ideal, choosing
 * operations by expected value, blaming one's own suspect. Each reads only the view and request.
 */
import type { Request } from '../flow/requests.js';
import type { NegotiationSheet, OperationsSheet, Sheet, Vote } from '../flow/sheets.js';
import type { Coalition, StatePrivate } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';
type Me = DeepReadonly<StatePrivate>;
/** Votes yes on amendments that raise the surplus by more than `margin`, no on those that lower it. */
export declare function votesByValue(view: View, me: Me, request: Request, margin?: number, bias?: (article: number, delta: number) => number, appraise?: (article: number, delta: number) => number): Vote[];
/** A state's negotiation sheet: amend toward its ideal, vote by value, choose a coalition. */
export declare function stateNegotiation(view: View, me: Me, request: Request, coalition: Coalition | null, bias?: (article: number) => number): NegotiationSheet;
/** Picks up to the allowed number of targets whose expected value exceeds `threshold`. */
export declare function chooseTargets(view: View, me: Me, request: Request, threshold: number): string[];
/** Blames its own services' suspect when their confidence reaches `bar`, else stays silent. */
export declare function blameSuspects(view: View, me: Me, bar: number): (string | null)[];
/** The implementation-year sheet of a state, from a target choice and policies. */
export declare function stateOperations(request: Request, targets: string[], disclose: boolean, requestBackdoor: boolean, withdraw: boolean): OperationsSheet;
/**
 * The treaty-lifecycle decisions of a state that supports the text when its surplus exceeds
 * `threshold` (vote, signature, ratification), with `ratifyBias` added for the ratification choice.
 */
export declare function treatyDecision(view: View, me: Me, request: Request, threshold: number, ratifyBias?: number): Sheet | null;
/** Whether any state with capability ≥ `major` was publicly attributed this year by a believed accuser. */
export declare function majorAttributed(view: View, me: Me, major: number, onlyParties: boolean): boolean;
export {};
