import type { ActorKind } from '../scenario/schema.js';
import type { DecisionPhase, GameState, PledgeKind, StatePrivate } from '../state/types.js';
import type { AmendOrder, Vote } from './sheets.js';
/** Pick one of the options. */
export interface ChoiceSlot<T> {
    readonly type: 'choice';
    readonly options: readonly T[];
}
/** Pick up to `max` distinct options. */
export interface SubsetSlot {
    readonly type: 'subset';
    readonly options: readonly string[];
    readonly max: number;
}
/** One choice per item, in order: `items` names what each entry is about. */
export interface ListSlot<T> {
    readonly type: 'list';
    readonly items: readonly string[];
    readonly options: readonly T[];
}
/** A number per article, each within its bounds. */
export interface VectorSlot {
    readonly type: 'vector';
    readonly min: readonly number[];
    readonly max: readonly number[];
}
/** Up to `max` messages, each at most `maxLength` characters, to any of `recipients` but oneself (or public). */
export interface MessagesSlot {
    readonly type: 'messages';
    readonly max: number;
    readonly maxLength: number;
    readonly recipients: readonly string[];
}
/** Up to `max` pledges of the listed kinds. */
export interface PledgesSlot {
    readonly type: 'pledges';
    readonly max: number;
    readonly kinds: readonly PledgeKind[];
    readonly recipients: readonly string[];
    /** Valid amendment ids for `support-amendment`. */
    readonly amendments: readonly number[];
    /** Valid states for `no-operations`. */
    readonly states: readonly string[];
}
/** The slots of a request; only those present are open. */
export interface Slots {
    text?: VectorSlot;
    amend?: ChoiceSlot<AmendOrder | null>;
    votes?: ListSlot<Vote>;
    coalition?: ChoiceSlot<'friends' | 'sovereignty' | null>;
    lobby?: SubsetSlot;
    techAccord?: ChoiceSlot<boolean>;
    vote?: ChoiceSlot<Vote>;
    sign?: ChoiceSlot<boolean>;
    submit?: ChoiceSlot<boolean>;
    targets?: SubsetSlot;
    disclose?: ChoiceSlot<boolean>;
    requestBackdoor?: ChoiceSlot<boolean>;
    withdraw?: ChoiceSlot<boolean>;
    share?: ChoiceSlot<boolean>;
    takedown?: ChoiceSlot<boolean>;
    defendAll?: ChoiceSlot<boolean>;
    backdoor?: ChoiceSlot<'accept' | 'refuse'>;
    blame?: ListSlot<string | null>;
    answers?: ListSlot<'admit' | 'deny'>;
    messages?: MessagesSlot;
    pledges?: PledgesSlot;
}
/** What one seat must decide in the current step. */
export interface Request {
    readonly seat: number;
    readonly actor: string;
    readonly kind: ActorKind;
    readonly phase: DecisionPhase;
    readonly step: number;
    readonly round: number;
    readonly year: number;
    readonly slots: Slots;
}
/** Limits on talk. */
export declare const TALK_LIMITS: {
    readonly messages: 3;
    readonly maxLength: 500;
    readonly pledges: 3;
};
/**
 * Builds the requests of the current step, in seat order. Empty in `concluded`, and for steps
 * in which nobody has anything to decide (the flow then resolves them at once).
 */
export declare function buildRequests(state: GameState): Request[];
/** The chair's seat index. */
export declare function chairIndex(state: GameState): number;
/** Whether seat i is a party: ratified, not withdrawn, and the convention in force. */
export declare function isParty(state: GameState, i: number): boolean;
/** Narrows a seat's private facts to a state's (undefined for firms and civil society). */
export declare function statePrivate(state: GameState, i: number): StatePrivate | undefined;
