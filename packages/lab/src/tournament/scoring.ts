/**
 * How each entrant game of a tournament counts, failed games included. A failed game counts
 * against the strategy that caused it, so that no entrant can improve its standing by failing:
 *
 * - **played**: the game finished; it is compared with the all-default game of the same seed.
 * - **forfeit**: the game failed and its culprit is the entrant's own strategy (it hung, died, ran
 *   past the time limit). It is a loss (win 0), and the focus seat's welfare is taken as the worst
 *   any finished game got in that seat on that seed — the default's game and every other entrant's
 *   game there. The model has no floor on welfare, so the worst result actually reached on that seed
 *   is the lowest figure that can be defended: a forfeit is never better than the default (its
 *   difference is at most 0) nor than any entrant that finished there, and never wins.
 * - **void**: the game cannot be compared fairly: the all-default game of its seed failed, or a game
 *   in that seat on that seed failed by someone else (a default bot, or the engine: no culprit). The
 *   seat is then left out on that seed for every entrant (a forfeit still counts, when the
 *   default's game finished), so every entrant is compared on the same seeds.
 *
 * Pure: the same plan and results always give the same scores.
 */
import type { Outcome } from '@geneva/engine';
import type { TournamentGame, TournamentPlan } from './plan.js';

/** The result of one tournament game: its outcome and the faults per seat, or why it failed and whose strategy was to blame. */
export type TournamentResult =
  | { readonly ok: true; readonly outcome: Outcome; readonly faultsBy: Readonly<Record<string, number>> }
  | { readonly ok: false; readonly error: string; readonly culprit: string | null };

/** How one entrant game counts. `welfare` and `delta` are the focus seat's, as scored; a void game may have finished or failed. */
export type Score =
  | { readonly kind: 'played'; readonly welfare: number; readonly delta: number; readonly win: number; readonly others: number; readonly faults: number }
  | { readonly kind: 'forfeit'; readonly welfare: number; readonly delta: number; readonly win: 0 }
  | { readonly kind: 'void'; readonly failed: boolean; readonly why: string };

/** An entrant game and how it counts. */
export interface ScoredGame {
  readonly game: TournamentGame;
  readonly score: Score;
}

/** A seat on a seed left out for every entrant (`focus` null: every seat, the default's game failed), and why. */
export interface VoidPair {
  readonly repetition: number;
  readonly seed: string;
  readonly focus: string | null;
  readonly why: string;
}

/** Every entrant game scored, in plan order, and the void pairs. */
export interface Scoring {
  readonly games: readonly ScoredGame[];
  readonly voids: readonly VoidPair[];
}

/**
 * Scores every entrant game of a tournament.
 *
 * @example
 * const { games, voids } = scoreGames(plan, (i) => results[i]);
 * games.filter((g) => g.score.kind === 'forfeit').length; // games lost by failing
 */
export function scoreGames(plan: TournamentPlan, resultOf: (index: number) => TournamentResult): Scoring {
  const baselines = new Map(plan.games.filter((g) => g.entrant === null).map((g) => [g.repetition, { game: g, result: resultOf(g.index) }]));
  const entrantGames = plan.games.filter((g) => g.entrant !== null).map((game) => ({ game, result: resultOf(game.index) }));
  const voids = voidPairs([...baselines.values()], entrantGames);
  const voided = new Set(voids.map((v) => pairKey(v.repetition, v.focus ?? '*')));
  const worst = worstWelfare(entrantGames);
  const games = entrantGames.map(({ game, result }): ScoredGame => {
    const base = baselines.get(game.repetition)?.result;
    const seat = game.focus!;
    if (base?.ok !== true) return { game, score: { kind: 'void', failed: !result.ok, why: 'the all-default game of its seed failed' } };
    const reference = welfareIn(base.outcome, seat);
    if (!result.ok && result.culprit === game.entrant) {
      const welfare = Math.min(reference, worst.get(pairKey(game.repetition, seat)) ?? Infinity);
      return { game, score: { kind: 'forfeit', welfare, delta: welfare - reference, win: 0 } };
    }
    if (!result.ok || voided.has(pairKey(game.repetition, seat))) return { game, score: { kind: 'void', failed: !result.ok, why: result.ok ? `a game in seat ${seat} on this seed failed, not by its entrant` : 'it failed, not by its entrant' } };
    const welfare = welfareIn(result.outcome, seat);
    const delta = welfare - reference;
    const others = othersWelfare(result, seat) - othersWelfare(base, seat);
    return { game, score: { kind: 'played', welfare, delta, win: delta > 0 ? 1 : delta === 0 ? 0.5 : 0, others, faults: result.faultsBy[seat] ?? 0 } };
  });
  return { games, voids };
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

interface Played {
  readonly game: TournamentGame;
  readonly result: TournamentResult;
}

/** The void pairs: a failed default game voids its seed; a game failed by someone else voids its seat on its seed. */
function voidPairs(baselines: readonly Played[], entrantGames: readonly Played[]): VoidPair[] {
  const voids: VoidPair[] = [];
  for (const { game, result } of baselines)
    if (!result.ok) voids.push({ repetition: game.repetition, seed: game.seed, focus: null, why: `the all-default game (game ${game.index}) failed: ${result.error}` });
  const listed = new Set(voids.map((v) => pairKey(v.repetition, '*')));
  for (const { game, result } of entrantGames) {
    if (result.ok || result.culprit === game.entrant || listed.has(pairKey(game.repetition, '*')) || listed.has(pairKey(game.repetition, game.focus!))) continue;
    listed.add(pairKey(game.repetition, game.focus!));
    const by = result.culprit === null ? 'no strategy to blame' : `caused by ${result.culprit}`;
    voids.push({ repetition: game.repetition, seed: game.seed, focus: game.focus, why: `game ${game.index} (${game.entrant} as ${game.focus}) failed, ${by}: ${result.error}` });
  }
  return voids;
}

/** The worst welfare of each seat on each seed over the entrants' finished games there (the default's is taken with it where used). */
function worstWelfare(entrantGames: readonly Played[]): Map<string, number> {
  const worst = new Map<string, number>();
  for (const { game, result } of entrantGames) {
    if (!result.ok) continue;
    const key = pairKey(game.repetition, game.focus!);
    worst.set(key, Math.min(worst.get(key) ?? Infinity, welfareIn(result.outcome, game.focus!)));
  }
  return worst;
}

function pairKey(repetition: number, seat: string): string {
  return `${repetition}\n${seat}`;
}

function welfareIn(outcome: Outcome, seat: string): number {
  return outcome.welfareBy[seat] ?? 0;
}
