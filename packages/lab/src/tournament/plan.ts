/**
 * A tournament's games: every entrant in every focus seat it can play, against the scenario's
 * default bots, over the same seeds for everyone, plus one all-default game per seed (the baseline
 * each entrant is compared with). Pure: the same request always gives the same list of games.
 */
import type { ActorKind, Scenario, StrategyMeta } from '@geneva/engine';

/** An entrant: the name it was entered under (a built-in id or a file as given) and what it plays. */
export interface Entrant {
  readonly name: string;
  readonly meta: StrategyMeta;
}

/** What to play. */
export interface TournamentRequest {
  readonly entrants: readonly Entrant[];
  /** Focus seats (actor ids); default: every seat of a kind some entrant plays. */
  readonly focus?: readonly string[];
  /** Seeds per entrant and seat. */
  readonly repetitions: number;
  /** The tournament seed: game r is played with the seed `<seed>/<r>`. */
  readonly seed: string;
}

/** One game of a tournament. `entrant` and `focus` are null for the baseline (all defaults). */
export interface TournamentGame {
  readonly index: number;
  readonly repetition: number;
  readonly seed: string;
  readonly entrant: string | null;
  readonly focus: string | null;
  /** The seat overridden (none for the baseline). */
  readonly seats: Readonly<Record<string, string>>;
}

/** A tournament's games and the seats it focused on. */
export interface TournamentPlan {
  readonly focus: readonly string[];
  readonly games: readonly TournamentGame[];
}

/**
 * The seed of repetition r: `<seed>/<r>`, so any game can be played alone with `geneva play --seed`.
 *
 * @example
 * repetitionSeed('42', 3); // '42/3'
 */
export function repetitionSeed(seed: string, repetition: number): string {
  return `${seed}/${repetition}`;
}

/**
 * Lists a tournament's games: baselines first (one per repetition), then each entrant in each focus
 * seat of a kind it plays, repetition by repetition. Throws a RangeError naming the problem when a
 * focus seat is not an actor or an entrant can play none of the focus seats.
 *
 * @example
 * const plan = planTournament(scenario, { entrants: [{ name: 'realist', meta: realist.meta }], focus: ['usa'], repetitions: 30, seed: '1' });
 * plan.games.length; // 60: 30 baselines and 30 games of realist as usa
 */
export function planTournament(scenario: Scenario, request: TournamentRequest): TournamentPlan {
  const kindOf = (id: string): ActorKind | undefined => (Object.hasOwn(scenario.actors, id) ? scenario.actors[id]!.kind : undefined);
  const playable = (entrant: Entrant, seat: string) => entrant.meta.kinds.includes(kindOf(seat)!);
  const focus = request.focus ?? Object.keys(scenario.actors).filter((id) => request.entrants.some((e) => e.meta.kinds.includes(kindOf(id)!)));
  const stranger = focus.find((id) => kindOf(id) === undefined);
  if (stranger !== undefined) throw new RangeError(`no actor "${stranger}" in scenario ${scenario.id} (actors: ${Object.keys(scenario.actors).join(', ')})`);
  const idle = request.entrants.find((e) => !focus.some((seat) => playable(e, seat)));
  if (idle !== undefined) throw new RangeError(`${idle.name} plays ${idle.meta.kinds.join(' or ')} seats, and no focus seat (${focus.join(', ')}) is one`);
  const games: TournamentGame[] = [];
  const add = (repetition: number, entrant: string | null, focusSeat: string | null) =>
    games.push({ index: games.length, repetition, seed: repetitionSeed(request.seed, repetition), entrant, focus: focusSeat, seats: entrant === null || focusSeat === null ? {} : { [focusSeat]: entrant } });
  for (let r = 0; r < request.repetitions; r++) add(r, null, null);
  for (const entrant of request.entrants)
    for (const seat of focus) if (playable(entrant, seat)) for (let r = 0; r < request.repetitions; r++) add(r, entrant.name, seat);
  return { focus, games };
}
