/**
 * A tournament's standings: for each entrant (over all its focus seats, and seat by seat), the
 * focus seat's welfare with a 95% confidence interval, its paired difference with the scenario
 * default on the same seed, the share of seeds on which it did better than the default, its faults,
 * forfeits and void games (see scoring.ts for how failed games count).
 *
 * The seed is the unit: an entrant that plays several focus seats has, on each seed, one difference
 * per seat, and those share the seed's dice, so they are averaged per seed first; means and
 * intervals are then taken over seeds. Entrants are ranked by the mean difference with the default,
 * which compares entrants fairly even when they play seats of different kinds, then by win share,
 * with standard competition ranks: equal figures share a rank ("1, 1, 3"), whatever the entrants
 * are called.
 */
import { summarize, type SampleSummary } from '../stats/summary.js';
import type { TournamentGame, TournamentPlan } from './plan.js';
import { scoreGames, type ScoredGame, type TournamentResult, type VoidPair } from './scoring.js';

export { othersWelfare, type TournamentResult, type VoidPair } from './scoring.js';

/** How an entrant (or the defaults) fared, overall or in one seat. */
export interface Standing {
  readonly entrant: string;
  /** The focus seats it played. */
  readonly seats: readonly string[];
  /** Games played to the end. */
  readonly games: number;
  /** Games that failed (hung, crashed), whoever caused it: its forfeits and its void failed games. */
  readonly failed: number;
  /** Games it failed itself (its strategy was the culprit), each counted as a loss. */
  readonly forfeits: number;
  /** Its games left out because the seat on that seed is void (a failure it did not cause). */
  readonly voided: number;
  /** Welfare of the focus seat (forfeits at their forfeit welfare), averaged per seed, over seeds. */
  readonly welfare: SampleSummary;
  /** Welfare of the focus seat minus the default's on the same seed, averaged per seed, over seeds. */
  readonly delta: SampleSummary;
  /**
   * Mean welfare of every other actor minus the same in the default's game on the same seed: what
   * the entrant's play does to the rest of the world (its gains may come at the others' expense).
   * Over the games played (a forfeit has no outcome), averaged per seed, over seeds.
   */
  readonly others: SampleSummary;
  /** Share of games in which it did better than the default (ties count half, a forfeit 0), averaged per seed, over seeds. */
  readonly winShare: number;
  /** Faults recorded against the focus seat in the games played. */
  readonly faults: number;
}

/** A failed game and how it counted. */
export interface Failure {
  readonly game: TournamentGame;
  readonly error: string;
  readonly culprit: string | null;
  /** `forfeit`: a loss for its entrant; `void`: left out for every entrant; `baseline`: the all-default game (its seed is void). */
  readonly counted: 'forfeit' | 'void' | 'baseline';
}

/** The standings of a tournament. */
export interface Standings {
  /** Entrants, best first (by mean difference with the default, then win share; equal figures share a rank, listed by name). */
  readonly ranking: readonly (Standing & { readonly rank: number })[];
  /** Each entrant in each seat, in plan order. */
  readonly bySeat: readonly Standing[];
  /** The scenario defaults in the focus seats (the baseline; its difference is 0 by definition). */
  readonly defaults: Standing;
  /** Every failed game. */
  readonly failures: readonly Failure[];
  /** The seats on seeds left out for every entrant, and why. */
  readonly voids: readonly VoidPair[];
}

/**
 * Computes the standings from the plan and a result per game (by game index).
 *
 * @example
 * const standings = standingsOf(plan, (i) => results[i]);
 * standings.ranking[0]?.entrant; // the best entrant
 */
export function standingsOf(plan: TournamentPlan, resultOf: (index: number) => TournamentResult): Standings {
  const { games, voids } = scoreGames(plan, resultOf);
  const entrants = [...new Set(games.map((g) => g.game.entrant!))];
  const overall = entrants.map((e) => standing(e, games.filter((g) => g.game.entrant === e)));
  const bySeat = entrants.flatMap((e) =>
    plan.focus.map((seat) => games.filter((g) => g.game.entrant === e && g.game.focus === seat)).filter((gs) => gs.length > 0).map((gs) => standing(e, gs)),
  );
  const counted = new Map(games.map((g) => [g.game.index, g.score.kind]));
  const failures = plan.games.flatMap((game): Failure[] => {
    const r = resultOf(game.index);
    if (r.ok) return [];
    return [{ game, error: r.error, culprit: r.culprit, counted: game.entrant === null ? 'baseline' : counted.get(game.index) === 'forfeit' ? 'forfeit' : 'void' }];
  });
  return { ranking: ranked(overall), bySeat, defaults: defaultStanding(plan, resultOf), failures, voids };
}

/**
 * Standard competition ranking ("1, 1, 3") by mean difference with the default, best first, then by
 * win share (so a forfeit, scored no better than the default, ranks below an entrant that played
 * the default's game itself); no figure (every game void) ranks last. Entrants equal on both share a
 * rank and are listed by name, so an entrant's rank does not depend on what it is called.
 *
 * @example
 * ranked([a, b, c]).map((s) => s.rank); // [1, 1, 3] when a and b have the same mean difference and win share
 */
export function ranked<S extends Standing>(standings: readonly S[]): (S & { readonly rank: number })[] {
  const key = (s: Standing) => (Number.isNaN(s.delta.mean) ? -Infinity : s.delta.mean);
  const wins = (s: Standing) => (Number.isNaN(s.winShare) ? -Infinity : s.winShare);
  const better = (a: Standing, b: Standing) => key(a) - key(b) || wins(a) - wins(b);
  const sorted = [...standings].sort((a, b) => better(b, a) || (a.entrant < b.entrant ? -1 : a.entrant > b.entrant ? 1 : 0));
  return sorted.map((s) => ({ ...s, rank: 1 + sorted.filter((t) => better(t, s) > 0).length }));
}

/** An entrant's standing over some of its scored games. */
function standing(entrant: string, games: readonly ScoredGame[]): Standing {
  const counted = games.flatMap((g) => (g.score.kind === 'void' ? [] : [{ repetition: g.game.repetition, score: g.score }]));
  const played = games.flatMap((g) => (g.score.kind === 'played' ? [{ repetition: g.game.repetition, score: g.score }] : []));
  const voidFailed = games.filter((g) => g.score.kind === 'void' && g.score.failed).length;
  const wins = seedMeans(counted.map((g) => ({ repetition: g.repetition, value: g.score.win })));
  return {
    entrant,
    seats: [...new Set(games.map((g) => g.game.focus!))],
    games: games.length - (counted.length - played.length) - voidFailed,
    failed: counted.length - played.length + voidFailed,
    forfeits: counted.length - played.length,
    voided: games.length - counted.length,
    welfare: summarize(seedMeans(counted.map((g) => ({ repetition: g.repetition, value: g.score.welfare })))),
    delta: summarize(seedMeans(counted.map((g) => ({ repetition: g.repetition, value: g.score.delta })))),
    others: summarize(seedMeans(played.map((g) => ({ repetition: g.repetition, value: g.score.others })))),
    winShare: wins.length === 0 ? Number.NaN : wins.reduce((a, b) => a + b, 0) / wins.length,
    faults: played.reduce((s, p) => s + p.score.faults, 0),
  };
}

/** The mean of the values of each seed, in order of first appearance: one value per seed, the statistical unit. */
function seedMeans(values: readonly { readonly repetition: number; readonly value: number }[]): number[] {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const { repetition, value } of values) {
    const s = sums.get(repetition) ?? { sum: 0, n: 0 };
    sums.set(repetition, { sum: s.sum + value, n: s.n + 1 });
  }
  return [...sums.values()].map((s) => s.sum / s.n);
}

/** The defaults' welfare in the focus seats over the all-default games, averaged per seed. */
function defaultStanding(plan: TournamentPlan, resultOf: (index: number) => TournamentResult): Standing {
  const baselines = plan.games.filter((g) => g.entrant === null).map((g) => resultOf(g.index));
  const played = baselines.flatMap((r) => (r.ok ? [r] : []));
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const welfare = played.map((r) => mean(plan.focus.map((seat) => r.outcome.welfareBy[seat] ?? 0)));
  return {
    entrant: '(scenario defaults)',
    seats: plan.focus,
    games: played.length,
    failed: baselines.length - played.length,
    forfeits: 0,
    voided: baselines.length - played.length,
    welfare: summarize(welfare),
    delta: summarize(welfare.map(() => 0)),
    others: summarize(welfare.map(() => 0)),
    winShare: 0.5,
    faults: played.reduce((s, r) => s + plan.focus.reduce((t, seat) => t + (r.faultsBy[seat] ?? 0), 0), 0),
  };
}
