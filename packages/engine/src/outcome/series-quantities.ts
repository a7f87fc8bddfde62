/**
 * What a game's series holds: the clocks, the quantities and the shape of one value (see
 * `series.ts`).
 */

/** The clock of a series value: a negotiation round, or an implementation year. */
export type SeriesClock = 'round' | 'year';

/** The quantities of the per-round series, in the order they are listed. */
export const ROUND_QUANTITIES = ['amendmentsTabled', 'amendmentsPassed', 'textVoteShare', 'binding', 'contentScope'] as const;
/** The quantities of the per-year series, in the order they are listed. */
export const YEAR_QUANTITIES = ['operations', 'incidents', 'civilianHarm', 'massEvents', 'attributionsCorrect', 'attributionsFalse', 'attributionTrust', 'parties', 'inForce'] as const;

/** A quantity of a series. */
export type SeriesQuantity = (typeof ROUND_QUANTITIES)[number] | (typeof YEAR_QUANTITIES)[number];

/** One value of a series: a quantity at a time of the game. */
export interface SeriesValue {
  readonly clock: SeriesClock;
  /** The round number (1, 2, …) or the calendar year (the scenario's year + the implementation year). */
  readonly t: number;
  readonly quantity: SeriesQuantity;
  /** Rounded to 6 decimals, like the outcome; flags (inForce) are 0 or 1. */
  readonly value: number;
}

/** Rounds to 6 decimals, as the outcome does. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
