/**
 * The five figures of a box plot, computed here so a figure's size does not grow with the runs: the
 * quartiles (type 7, as numpy's and R's default), and the whiskers at the furthest values within
 * 1.5 interquartile ranges of the box (Tukey).
 */
import { quantile } from '../stats/quantile.js';

/** A box of a box plot. */
export interface BoxStats {
  readonly n: number;
  readonly mean: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The box of a sample of at least one value.
 *
 * @example
 * boxStats([1, 2, 3, 4, 100]); // { n: 5, mean: 22, q1: 2, median: 3, q3: 4, low: 1, high: 4 }
 */
export function boxStats(values: readonly number[]): BoxStats {
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const reach = 1.5 * (q3 - q1);
  return {
    n: sorted.length,
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    q1,
    median: quantile(sorted, 0.5),
    q3,
    low: sorted.find((x) => x >= q1 - reach) ?? q1,
    high: [...sorted].reverse().find((x) => x <= q3 + reach) ?? q3,
  };
}

