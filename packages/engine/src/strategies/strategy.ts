/**
 * The strategy interface: a plain object that decides a seat's sheet from its view, its request
 * and its own random stream. Strategies never see the game state.
 */
import { chance, deriveRng, nextFloat, nextInt, type RngState } from '../rng/alea.js';
import type { ActorKind } from '../scenario/schema.js';
import type { Request } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import type { View } from '../view/view.js';
import type { GameEvent } from '../state/events.js';
import type { JsonObject } from '../state/json.js';

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

/** A strategy's memory: a JSON object it may change in place (saved with the game, so restores and replays keep it). */
export type Memory = JsonObject;

/**
 * A strategy: decides one sheet per request.
 *
 * A strategy with `meta.memory` keeps a {@link Memory} between decisions: `initialMemory` makes it at
 * the seat's first decision, `observe` sees every event the seat could see since its previous
 * decision, and `decide` receives it as its fourth argument. Both may change it in place; the engine
 * stores a JSON copy in the game state after each call, so saving, restoring and replaying a game
 * keep it exactly. A strategy never keeps state anywhere else (module variables would leak between
 * games and break replays).
 */
export interface Strategy<M extends Memory = Memory> {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly meta: StrategyMeta;
  /** Returns the seat's sheet for the request; must be legal for it. */
  decide(view: View, request: Request, rng: Rng, memory: M): Sheet;
  /** The memory at the seat's first decision (default `{}`); called only when `meta.memory`. */
  initialMemory?(view: View): M;
  /**
   * Sees the events the seat could see since its previous decision (the first time: since the start
   * of the game), in the order they happened; called just before each `decide` when `meta.memory`.
   */
  observe?(events: readonly GameEvent[], view: View, memory: M): void;
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
 * @example
 * // With memory: count the pledges broken against this seat, seen through `observe`.
 * export default defineStrategy<{ broken: number }>({
 *   id: 'grudger', name: 'Grudger', description: 'Stops ratifying once betrayed.',
 *   meta: { kinds: ['state'], stochastic: false, memory: true },
 *   initialMemory: () => ({ broken: 0 }),
 *   observe(events, view, memory) {
 *     memory.broken += events.filter((e) => e.type === 'pledge-broken').length;
 *   },
 *   decide: (view, request, rng, memory) =>
 *     request.phase === 'ratification' ? { phase: 'ratification', submit: memory.broken === 0 } : { phase: request.phase },
 * });
 */
export function defineStrategy<M extends Memory = Memory>(strategy: Strategy<M>): Strategy<M> {
  return strategy;
}

/**
 * An {@link Rng} over a generator state, derived only when first drawn from (most bots never draw).
 * Its fields are private to the class (`#`): a strategy holding it cannot read the game's seed hash
 * (from which it could replay every other stream of the game) or step the generator by hand.
 */
class StreamRng implements Rng {
  #state: RngState | null;
  readonly #seedHash: number;
  readonly #seat: number;
  readonly #step: number;
  constructor(state: RngState | null, seedHash: number, seat: number, step: number) {
    this.#state = state;
    this.#seedHash = seedHash;
    this.#seat = seat;
    this.#step = step;
  }
  get #stream(): RngState {
    if (this.#state === null) this.#state = deriveRng(this.#seedHash, this.#seat, this.#step);
    return this.#state;
  }
  /** A copy of the stream's generator state now, or null for an object that is not one of these streams. */
  static stateOf(rng: object): RngState | null {
    return #state in rng ? { ...(rng as StreamRng).#stream } : null;
  }
  next(): number {
    return nextFloat(this.#stream);
  }
  int(n: number): number {
    return nextInt(this.#stream, n);
  }
  chance(p: number): boolean {
    return chance(this.#stream, p);
  }
  pick<T>(items: readonly T[]): T {
    return items[nextInt(this.#stream, items.length)]!;
  }
}

/**
 * A copy of the generator state behind an {@link Rng} made by the engine (`seatRng`, `rngOf`), or
 * null for any other object: what a sandbox receives to draw the very same numbers the stream would.
 *
 * @example
 * const copy = rngStateOf(seatRng(state.seedHash, 0, 3));
 * copy !== null && rngOf(copy).next() === seatRng(state.seedHash, 0, 3).next(); // true
 */
export function rngStateOf(rng: Rng): RngState | null {
  return StreamRng.stateOf(rng);
}

/**
 * Why a strategy's decision was refused, in words that follow its id ("my-bot was stopped after
 * 1000 ms"): thrown by a sandbox instead of the strategy's own error.
 */
export class StrategyFault extends Error {
  override readonly name = 'StrategyFault';
}

/**
 * Wraps a generator state as an {@link Rng}.
 *
 * @example
 * const rng = rngOf(seedRng('42'));
 * rng.pick(['yes', 'no']);
 */
export function rngOf(source: RngState): Rng {
  return new StreamRng(source, 0, 0, 0);
}

/**
 * The random stream of a seat at a step, derived from the game seed's hash only when first drawn
 * from (most bots never draw).
 */
export function seatRng(seedHash: number, seat: number, step: number): Rng {
  return new StreamRng(null, seedHash, seat, step);
}

/**
 * The strategies that may read the live state by reference: the engine's own (the built-ins, a
 * sandbox's host, which only copies what it is given out, and checkers that copy). Every other
 * strategy (a library caller's, a --trusted file) gets read-only windows, where any write throws:
 * the fast path's view points into the game's mutable state, and a copy per decision would cost
 * more than the game.
 */
const LIVE_VIEWS = new WeakSet<object>();

/**
 * Lets `strategy` read its views by reference, without a read-only window, and returns it: only for
 * strategies that never write to what they are given.
 */
export function grantLiveViews<S extends object>(strategy: S): S {
  LIVE_VIEWS.add(strategy);
  return strategy;
}

/** Whether `strategy` reads its views by reference (see {@link grantLiveViews}). */
export function readsLiveViews(strategy: object): boolean {
  return LIVE_VIEWS.has(strategy);
}

/**
 * The strategies whose sheets the batch path takes without checking them against their requests:
 * the built-ins alone, the engine's own code, legal by construction (every one of their sheets is
 * checked in the tests: testStrategy's contract run and the replayed conformance games). A check
 * per decision cost ~7% of a batch. Every other strategy's sheets are checked, whatever it reads.
 */
const LEGAL_SHEETS = new WeakSet<object>();

/** Marks `strategy` as giving legal sheets by construction, and returns it: for the built-ins only. */
export function trustSheets<S extends object>(strategy: S): S {
  LEGAL_SHEETS.add(strategy);
  return strategy;
}

/** Whether `strategy`'s sheets are taken unchecked (see {@link trustSheets}). */
export function givesLegalSheets(strategy: object): boolean {
  return LEGAL_SHEETS.has(strategy);
}
