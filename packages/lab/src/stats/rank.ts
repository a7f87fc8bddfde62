/**
 * Spearman's rank correlation with ties as ties: equal values share the average of their ranks, as
 * in `scipy.stats.spearmanr` and R's `cor(method = "spearman")`. Callers pass values already rounded
 * to the precision they print (a batch's point means to 9 decimals), so two means that differ only
 * in the last bit of a float, by the order their runs were added in, tie as they should.
 */

/**
 * The 1-based ranks of the values, ties given the average of the ranks they span.
 *
 * @example
 * averageRanks([10, 20, 10, 30]); // [1.5, 3, 1.5, 4]
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    // Positions start..end-1 hold equal values: each gets the mean of ranks start+1..end.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}

/**
 * Spearman's ρ of two samples of the same length: Pearson's correlation of their average ranks; NaN
 * when either has fewer than two distinct values (no order to correlate).
 *
 * @example
 * spearman([1, 2, 3, 4], [1.9, 1.9, 3, 2]); // 0.7378647873726218 (scipy.stats.spearmanr)
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new RangeError(`spearman: ${x.length} values against ${y.length}`);
  return pearson(averageRanks(x), averageRanks(y));
}

/**
 * Pearson's correlation (NaN when either side is constant); of two samples' {@link averageRanks},
 * Spearman's ρ, for callers that rank each sample once and correlate it with many.
 *
 * @example
 * pearson([1, 2, 3], [2, 4, 7]); // 0.9933992677987828
 */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}
