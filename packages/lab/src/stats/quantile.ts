/**
 * Quantiles of sorted values, as numpy's and pandas' default (`linear`, Hyndman & Fan's type 7):
 * linear interpolation between order statistics. The series bands and the plots' boxes use it, so
 * a figure and series-summary.csv agree with each other and with pandas.
 */

/**
 * The p-quantile (p in [0, 1]) of values sorted in increasing order (at least one).
 *
 * @example
 * quantile([1, 2, 3, 4], 0.25); // 1.75
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
