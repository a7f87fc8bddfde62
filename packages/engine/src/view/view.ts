/**
 * What a seat may see: the public record and its own private facts, never another seat's private
 * facts, the secret truth or the generator's state. A view is a projection *by reference* (cheap
 * enough for every bot decision of a batch); it is read-only by contract and by type.
 */
import type { Rules, Scenario } from '../scenario/schema.js';
import type { ActorInfo, GameState, Phase, PrivateFacts, PublicRecord } from '../state/types.js';

/** Deeply read-only. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * What everyone may see: the public record, the actors as publicly known, where the game is. A
 * projector in class, or a spectator, gets this and nothing of any seat.
 */
export interface PublicView {
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
  /** The convention was in force and fell below its quorum. */
  readonly lapsed: boolean;
  readonly bodyActive: boolean;
  /** Every actor as publicly known. */
  readonly actors: readonly ActorInfo[];
  /** The articles' titles and descriptions (public: the draft's wording is known to all). */
  readonly articles: Scenario['articles'];
  /** The public record. */
  readonly public: DeepReadonly<PublicRecord>;
}

/** A seat's view of the game: the public view and the seat's own private facts. */
export interface View extends PublicView {
  /** The seat's actor index. */
  readonly seat: number;
  /** The seat's actor. */
  readonly self: ActorInfo;
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
export function viewFor(state: GameState, seat: number | string): View {
  const i = typeof seat === 'number' ? seat : state.actors.findIndex((a) => a.id === seat);
  const self = state.actors[i];
  if (self === undefined) throw new RangeError(`no seat ${String(seat)} in this game`);
  const { flow } = state;
  return {
    seat: i,
    self,
    scenarioId: state.scenarioId,
    phase: flow.phase,
    round: flow.round,
    year: flow.year,
    step: flow.step.index,
    rules: state.scenario.rules,
    horizonYears: state.scenario.horizon.years,
    adopted: flow.adopted,
    inForce: flow.inForce,
    lapsed: flow.lapsed,
    bodyActive: flow.bodyActive,
    actors: state.actors,
    articles: state.scenario.articles,
    public: state.world.public,
    me: state.world.private[i]!,
  };
}

/**
 * The public view of the game: what every seat sees in common, and no seat's private facts.
 *
 * @example
 * publicViewOf(game).public.incidents; // every incident as publicly known
 */
export function publicViewOf(state: GameState): PublicView {
  // A seat's view without the seat: built the one way, so the two cannot drift apart (and the
  // batch path's viewFor keeps its single object literal).
  const { seat: _seat, self: _self, me: _me, ...common } = viewFor(state, 0);
  return common;
}
