/**
 * Summary statistics of a sample: mean, standard deviation and a 95% confidence interval of the
 * mean (Student's t), the figures a tournament table or a batch summary reports.
 */
import jstat from 'jstat';
import { mean, sampleStandardDeviation } from 'simple-statistics';

/** The summary of a sample of numbers. */
export interface SampleSummary {
  /** Number of values. */
  readonly n: number;
  /** Mean (NaN for an empty sample). */
  readonly mean: number;
  /** Sample standard deviation (0 for fewer than two values). */
  readonly sd: number;
  /** 95% confidence interval of the mean, by Student's t ([mean, mean] for fewer than two values). */
  readonly ci95: readonly [number, number];
}

/**
 * Summarises a sample.
 *
 * @example
 * summarize([1, 2, 3, 4]); // { n: 4, mean: 2.5, sd: 1.29…, ci95: [0.45…, 4.55…] }
 */
export function summarize(values: readonly number[]): SampleSummary {
  const n = values.length;
  if (n === 0) return { n, mean: Number.NaN, sd: 0, ci95: [Number.NaN, Number.NaN] };
  const m = mean([...values]);
  if (n < 2) return { n, mean: m, sd: 0, ci95: [m, m] };
  const sd = sampleStandardDeviation([...values]);
  const half = jstat.jStat.studentt.inv(0.975, n - 1) * (sd / Math.sqrt(n));
  return { n, mean: m, sd, ci95: [m - half, m + half] };
}
