/**
 * Summary statistics of a sample: mean, standard deviation and a 95% confidence interval of the
 * mean (Student's t), the figures a tournament table or a batch summary reports. One value has no
 * spread and no interval: they are null then, never 0 and [mean, mean], which would read as certainty.
 */
import jstat from 'jstat';
import { mean, sampleStandardDeviation } from 'simple-statistics';

/** The summary of a sample of numbers. */
export interface SampleSummary {
  /** Number of values. */
  readonly n: number;
  /** Mean (NaN for an empty sample). */
  readonly mean: number;
  /** Sample standard deviation (null for fewer than two values: one value says nothing of the spread). */
  readonly sd: number | null;
  /** 95% confidence interval of the mean, by Student's t (null for fewer than two values). */
  readonly ci95: readonly [number, number] | null;
}

/**
 * Summarises a sample.
 *
 * @example
 * summarize([1, 2, 3, 4]); // { n: 4, mean: 2.5, sd: 1.29…, ci95: [0.45…, 4.55…] }
 */
export function summarize(values: readonly number[]): SampleSummary {
  const n = values.length;
  if (n === 0) return momentsSummary(0, Number.NaN, 0);
  if (n < 2) return momentsSummary(n, mean([...values]), 0);
  return withInterval(n, mean([...values]), sampleStandardDeviation([...values]));
}

/**
 * The summary of n values from their mean and their sum of squared deviations (Welford's M2), as
 * a running accumulator keeps them: no spread and no interval below two values.
 *
 * @example
 * momentsSummary(1, 3, 0); // { n: 1, mean: 3, sd: null, ci95: null }
 */
export function momentsSummary(n: number, mean: number, m2: number): SampleSummary {
  if (n === 0) return { n, mean: Number.NaN, sd: null, ci95: null };
  if (n < 2) return { n, mean, sd: null, ci95: null };
  return withInterval(n, mean, Math.sqrt(m2 / (n - 1)));
}

/** A summary with its t interval. */
function withInterval(n: number, mean: number, sd: number): SampleSummary {
  const half = jstat.jStat.studentt.inv(0.975, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ci95: [mean - half, mean + half] };
}

/**
 * Mean and variance of a stream of numbers in constant memory (Welford's algorithm), for batches
 * too large to keep.
 *
 * @example
 * const m = new RunningMoments();
 * for (const x of [1, 2, 3]) m.add(x);
 * m.summary().mean; // 2
 */
export class RunningMoments {
  private n = 0;
  private mean = 0;
  private m2 = 0;

  /** Adds a value. */
  add(x: number): void {
    this.n++;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (x - this.mean);
  }

  /** The summary of the values so far (as {@link summarize} would give it). */
  summary(): SampleSummary {
    return momentsSummary(this.n, this.mean, this.m2);
  }
}

/** The share of true values in a sample, with its 95% Wilson interval. */
export interface RateSummary {
  readonly n: number;
  readonly rate: number;
  readonly ci95: readonly [number, number];
}

/**
 * The rate of `k` successes in `n` trials with its 95% Wilson score interval (sound near 0 and 1,
 * where the normal approximation is not).
 *
 * @example
 * rateOf(7, 10); // { n: 10, rate: 0.7, ci95: [0.397…, 0.892…] }
 */
export function rateOf(k: number, n: number): RateSummary {
  if (n === 0) return { n, rate: Number.NaN, ci95: [Number.NaN, Number.NaN] };
  const z = 1.959963984540054;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  // Rounded to 12 decimals, so an interval reaching 1 reads 1, not 0.9999999999999999.
  const round = (x: number) => Math.round(x * 1e12) / 1e12;
  return { n, rate: p, ci95: [Math.max(0, round(centre - half)), Math.min(1, round(centre + half))] };
}
