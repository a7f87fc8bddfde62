/**
 * The strategy interface: a plain object that decides a seat's sheet from its view, its request
 * and its own random stream. Strategies never see the game state.
 */
import { type RngState } from '../rng/alea.js';
import type { ActorKind } from '../scenario/schema.js';
import type { Request } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import type { View } from '../view/view.js';
/** A strategy's own random stream (derived from the run seed, the seat and the step). */
export interface Rng {
    /** A float in [0, 1). */
    next(): number;
    /** An integer in [0, n). */
    int(n: number): number;
    /** True with probability p. */
    chance(p: number): boolean;
    /** One element of a non-empty list. */
    pick<T>(items: readonly T[]): T;
}
/** What a strategy is, for listings and tournaments. */
export interface StrategyMeta {
    /** The actor kinds it can play. */
    readonly kinds: readonly ActorKind[];
    /** Whether it draws on its random stream. */
    readonly stochastic: boolean;
    /** Whether it keeps memory between decisions. */
    readonly memory: boolean;
}
/** A strategy: decides one sheet per request. */
export interface Strategy {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly meta: StrategyMeta;
    /** Returns the seat's sheet for the request; must be legal for it. */
    decide(view: View, request: Request, rng: Rng): Sheet;
}
/**
 * Defines a strategy (an identity function that checks the shape at compile time).
 *
 * @example
 * export default defineStrategy({
 *   id: 'always-sign', name: 'Always sign', description: 'Signs and ratifies whatever the text.',
 *   meta: { kinds: ['state'], stochastic: false, memory: false },
 *   decide: (view, request) => request.phase === 'signature' ? { phase: 'signature', sign: true } : { phase: request.phase },
 * });
 */
export declare function defineStrategy(strategy: Strategy): Strategy;
/**
 * Wraps a generator state, or a function that derives one on first use, as an {@link Rng}.
 *
 * @example
 * const rng = rngOf(seedRng('42'));
 * rng.pick(['yes', 'no']);
 */
export declare function rngOf(source: RngState | (() => RngState)): Rng;
