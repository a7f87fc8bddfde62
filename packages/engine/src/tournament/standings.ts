/**
 * A tournament's standings: for each entrant (over all its focus seats, and seat by seat), the
 * focus seat's welfare with a 95% confidence interval, its paired difference with the scenario
 * default on the same seed, the share of seeds on which it did better than the default, its faults
 * and the games that failed. Entrants are ranked by the mean difference with the default, which
 * compares entrants fairly even when they play seats of different kinds.
 */
import type { Outcome } from '../outcome/outcome.js';
import { summarize, type SampleSummary } from '../stats/summary.js';
import type { TournamentGame, TournamentPlan } from './plan.js';

/** The result of one tournament game: its outcome and the faults per seat, or why it failed. */
export type TournamentResult =
  | { readonly ok: true; readonly outcome: Outcome; readonly faultsBy: Readonly<Record<string, number>> }
  | { readonly ok: false; readonly error: string; readonly culprit: string | null };

/** How an entrant (or the defaults) fared, overall or in one seat. */
export interface Standing {
  readonly entrant: string;
  /** The focus seats it played. */
  readonly seats: readonly string[];
  /** Games played to the end. */
  readonly games: number;
  /** Games that failed (hung, crashed). */
  readonly failed: number;
  /** Welfare of the focus seat. */
  readonly welfare: SampleSummary;
  /** Welfare of the focus seat minus the default's on the same seed. */
  readonly delta: SampleSummary;
  /**
   * Mean welfare of every other actor minus the same in the default's game on the same seed: what
   * the entrant's play does to the rest of the world (its gains may come at the others' expense).
   */
  readonly others: SampleSummary;
  /** Share of games in which it did better than the default (ties count half). */
  readonly winShare: number;
  /** Faults recorded against the focus seat. */
  readonly faults: number;
}

/** The standings of a tournament. */
export interface Standings {
  /** Entrants, best first (by mean difference with the default). */
  readonly ranking: readonly (Standing & { readonly rank: number })[];
  /** Each entrant in each seat, in plan order. */
  readonly bySeat: readonly Standing[];
  /** The scenario defaults in the focus seats (the baseline; its difference is 0 by definition). */
  readonly defaults: Standing;
  /** Every failed game. */
  readonly failures: readonly { readonly game: TournamentGame; readonly error: string; readonly culprit: string | null }[];
}

/** One entrant-seat-repetition pair with its baseline. */
interface Pair {
  readonly game: TournamentGame;
  readonly result: TournamentResult;
  readonly baseline: TournamentResult | undefined;
}

/**
 * Computes the standings from the plan and a result per game (by game index).
 *
 * @example
 * const standings = standingsOf(plan, (i) => results[i]);
 * standings.ranking[0]?.entrant; // the best entrant
 */
export function standingsOf(plan: TournamentPlan, resultOf: (index: number) => TournamentResult): Standings {
  const baselines = new Map(plan.games.filter((g) => g.entrant === null).map((g) => [g.repetition, resultOf(g.index)]));
  const pairs: Pair[] = plan.games.filter((g) => g.entrant !== null).map((game) => ({ game, result: resultOf(game.index), baseline: baselines.get(game.repetition) }));
  const entrants = [...new Set(pairs.map((p) => p.game.entrant!))];
  const overall = entrants.map((e) => standing(e, pairs.filter((p) => p.game.entrant === e)));
  const bySeat = entrants.flatMap((e) => plan.focus.map((seat) => pairs.filter((p) => p.game.entrant === e && p.game.focus === seat)).filter((ps) => ps.length > 0).map((ps) => standing(e, ps)));
  const ranking = [...overall].sort((a, b) => byDelta(b) - byDelta(a) || (a.entrant < b.entrant ? -1 : 1)).map((s, k) => ({ rank: k + 1, ...s }));
  const failures = plan.games.flatMap((game) => {
    const r = resultOf(game.index);
    return r.ok ? [] : [{ game, error: r.error, culprit: r.culprit }];
  });
  return { ranking, bySeat, defaults: defaultStanding(plan, baselines), failures };
}

/**
 * The mean welfare of every actor but `focus` in a game's outcome (0 for a failed game).
 *
 * @example
 * othersWelfare({ ok: true, outcome, faultsBy: {} }, 'usa'); // the mean of outcome.welfareBy without usa
 */
export function othersWelfare(result: TournamentResult | undefined, focus: string): number {
  if (result?.ok !== true) return 0;
  const values = Object.entries(result.outcome.welfareBy).filter(([id]) => id !== focus).map(([, w]) => w);
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function byDelta(s: Standing): number {
  return Number.isNaN(s.delta.mean) ? -Infinity : s.delta.mean;
}

function standing(entrant: string, pairs: readonly Pair[]): Standing {
  const played = pairs.filter((p) => p.result.ok);
  const compared = played.filter((p) => p.baseline?.ok === true);
  const welfareOf = (r: TournamentResult | undefined, seat: string) => (r?.ok === true ? (r.outcome.welfareBy[seat] ?? 0) : 0);
  const deltas = compared.map((p) => welfareOf(p.result, p.game.focus!) - welfareOf(p.baseline, p.game.focus!));
  const others = compared.map((p) => othersWelfare(p.result, p.game.focus!) - othersWelfare(p.baseline, p.game.focus!));
  return {
    entrant,
    seats: [...new Set(pairs.map((p) => p.game.focus!))],
    games: played.length,
    failed: pairs.length - played.length,
    welfare: summarize(played.map((p) => welfareOf(p.result, p.game.focus!))),
    delta: summarize(deltas),
    others: summarize(others),
    winShare: deltas.length === 0 ? Number.NaN : deltas.reduce((s, d) => s + (d > 0 ? 1 : d === 0 ? 0.5 : 0), 0) / deltas.length,
    faults: played.reduce((s, p) => s + (p.result.ok ? (p.result.faultsBy[p.game.focus!] ?? 0) : 0), 0),
  };
}

/** The defaults' welfare in every focus seat, over the baseline games. */
function defaultStanding(plan: TournamentPlan, baselines: ReadonlyMap<number, TournamentResult>): Standing {
  const played = [...baselines.values()].filter((r) => r.ok);
  const welfare = played.flatMap((r) => (r.ok ? plan.focus.map((seat) => r.outcome.welfareBy[seat] ?? 0) : []));
  return {
    entrant: '(scenario defaults)',
    seats: plan.focus,
    games: played.length,
    failed: baselines.size - played.length,
    welfare: summarize(welfare),
    delta: summarize(welfare.map(() => 0)),
    others: summarize(welfare.map(() => 0)),
    winShare: 0.5,
    faults: played.reduce((s, r) => s + (r.ok ? plan.focus.reduce((t, seat) => t + (r.faultsBy[seat] ?? 0), 0) : 0), 0),
  };
}
