/**
 * The course of a game, not only its end: per negotiation round and per implementation year, a few
 * key quantities, read back from a finished (or running) game's log and public record. Nothing is
 * recorded for it during play, so the batch path pays only when a batch asks for series.
 */
import type { GameState } from '../state/types.js';
import type { SeriesValue } from './series-quantities.js';
import { roundSeries } from './series-rounds.js';
import { yearSeries } from './series-years.js';

/**
 * The series of a game: every round played (rounds in order, quantities in
 * {@link ROUND_QUANTITIES} order), then every implementation year played (in
 * {@link YEAR_QUANTITIES} order). `textVoteShare` appears only in the rounds that held a vote on
 * the text. Harm and incidents of the negotiation rounds (a shock scheduled by round) belong to no
 * year: the years' sums fall short of the outcome's totals by exactly them.
 *
 * @example
 * const series = seriesOf(playGame(scenario, { seed: 1 }));
 * series.filter((v) => v.quantity === 'civilianHarm'); // [{ clock: 'year', t: 2018, quantity: 'civilianHarm', value: 0.12 }, …]
 */
export function seriesOf(state: GameState): SeriesValue[] {
  return [...roundSeries(state), ...yearSeries(state)];
}
