/**
 * What a seat may see: the public record and its own private facts, never another seat's private
 * facts, the secret truth or the generator's state. A view is a projection *by reference* (cheap
 * enough for every bot decision of a batch); it is read-only by contract and by type.
 */
import type { Rules } from '../scenario/schema.js';
import type { ActorInfo, GameState, Phase, PrivateFacts, PublicRecord } from '../state/types.js';
/** Deeply read-only. */
export type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? {
    readonly [K in keyof T]: DeepReadonly<T[K]>;
} : T;
/** A seat's view of the game. */
export interface View {
    /** The seat's actor index. */
    readonly seat: number;
    /** The seat's actor. */
    readonly self: ActorInfo;
    readonly scenarioId: string;
    readonly phase: Phase;
    readonly round: number;
    readonly year: number;
    readonly step: number;
    /** Rounds and years of the game, and the rules (public: the treaty's procedure is known to all). */
    readonly rules: Rules;
    readonly horizonYears: number;
    readonly adopted: boolean;
    readonly inForce: boolean;
    readonly bodyActive: boolean;
    /** Every actor as publicly known. */
    readonly actors: readonly ActorInfo[];
    /** The public record. */
    readonly public: DeepReadonly<PublicRecord>;
    /** The seat's own private facts. */
    readonly me: DeepReadonly<PrivateFacts>;
}
/**
 * The view of `seat` (an actor index or id).
 *
 * @example
 * const view = viewFor(state, 'usa');
 * view.me.kind === 'state' && view.me.ideal; // its own ideal positions, nobody else's
 */
export declare function viewFor(state: GameState, seat: number | string): View;
