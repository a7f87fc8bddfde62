/**
 * How much of an outcome's variation is the seeds' (noise) rather than the swept parameters'. Over
 * single runs: the mean variance of the runs within a point (same parameters, other seeds) against
 * itself plus the variance of the true point means. Over point means (what the Sobol and Morris indices decompose): a
 * mean of R runs carries the within variance / R of noise, against the variance of the point means.
 * With independent seeds that is the noise's share of the means' variance; with the common seeds a
 * batch plays, part of the noise is shared by every point and cancels in their differences, so it
 * is an upper bound there (the bootstrap intervals measure what is left).
 */
import type { ReplicateStore } from './replicates.js';
import { round6 } from './values.js';

/** The noise of one outcome. */
export interface NoiseShare {
  readonly outcome: string;
  /** Mean within-point variance of single runs (the seeds' variance; sample variances, n − 1). */
  readonly within: number;
  /** Variance of all single runs about their grand mean. */
  readonly total: number;
  /**
   * The share of a single run's variance that is noise, 0 to 1: within / (within + signal), where the
   * signal (the variance of the true point means) is betweenMeans − within / replications, or 0 if
   * that is negative. (within / total would be the same but for small samples, where it passes 1.)
   */
  readonly runShare: number;
  /** Variance of the point means. */
  readonly betweenMeans: number;
  /** (within / replications) / betweenMeans: the share of the point means' variance that is noise (can pass 1). */
  readonly meanShare: number;
  /** Replications a point (the R above). */
  readonly replications: number;
}

/**
 * The noise share of every outcome whose point means vary, or null with one replication a point (the seeds'
 * variance cannot then be told from the parameters').
 *
 * @example
 * noiseShares(store); // [{ outcome: 'civilianHarm', within: 4.1, total: 4.6, runShare: 0.89, betweenMeans: 0.9, meanShare: 0.57, replications: 8 }, …]
 */
export function noiseShares(store: ReplicateStore): NoiseShare[] | null {
  if (store.replications < 2) return null;
  return store.outcomes().flatMap((outcome) => {
    const share = shareOf(store.column(outcome), store.replications);
    return share === null ? [] : [{ outcome, ...share, replications: store.replications }];
  });
}

function shareOf(column: Float64Array, replications: number): Omit<NoiseShare, 'outcome' | 'replications'> | null {
  const all = moments();
  const means = moments();
  let [withinSum, withinPoints] = [0, 0];
  for (let p = 0; p < column.length / replications; p++) {
    const point = moments();
    for (let r = 0; r < replications; r++) {
      const x = column[p * replications + r]!;
      if (Number.isNaN(x)) continue;
      point.add(x);
      all.add(x);
    }
    if (point.n >= 2) {
      withinSum += point.variance();
      withinPoints++;
    }
    if (point.n >= 1) means.add(point.mean);
  }
  const [total, betweenMeans] = [all.variance(), means.variance()];
  // Means that do not vary leave nothing for the indices to decompose (and no share to give).
  // (Means equal but for rounding do not vary either.)
  if (withinPoints === 0 || !(total > 0) || !(betweenMeans > 1e-12 * means.mean * means.mean)) return null;
  const within = withinSum / withinPoints;
  const noiseOfMean = within / replications;
  return {
    within: round6(within),
    total: round6(total),
    runShare: round6(within / (within + Math.max(0, betweenMeans - noiseOfMean))),
    betweenMeans: round6(betweenMeans),
    meanShare: round6(noiseOfMean / betweenMeans),
  };
}

/** Welford's running mean and sample variance (n − 1). */
function moments() {
  let [n, mean, m2] = [0, 0, 0];
  return {
    get n() {
      return n;
    },
    get mean() {
      return mean;
    },
    add(x: number) {
      n++;
      const d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    },
    variance: () => (n < 2 ? 0 : m2 / (n - 1)),
  };
}
