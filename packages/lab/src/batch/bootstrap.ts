/**
 * The bootstrap shared by the Sobol and Morris analyses: each resample draws the design's units
 * (base samples, trajectories) with replacement AND the replications with replacement, the same
 * replications at every point (replication r plays the same seed at every point: common random
 * numbers), so the spread of the resampled indices includes the seeds' variance, not only the
 * design's. Seeded by name: the same rows give the same intervals.
 */
import { seedRng } from '@geneva/engine';
import { nextInt } from '@geneva/engine/tooling';

/** Bootstrap resamples, and the normal quantile of a 95% interval (SALib's defaults). */
export const RESAMPLES = 100;
export const Z95 = 1.959963984540054;

/** One resample: which units and which replications it draws (indices, with repeats). */
export interface Resample {
  readonly units: readonly number[];
  readonly replications: readonly number[];
}

/**
 * The resamples of a bootstrap over `units` units and `replications` replications, from a stream
 * seeded by `name`.
 *
 * @example
 * resamples('sobol/inForce', 256, 8).length; // 100
 */
export function resamples(name: string, units: number, replications: number): Resample[] {
  const rng = seedRng(name);
  return Array.from({ length: RESAMPLES }, () => ({
    units: Array.from({ length: units }, () => nextInt(rng, units)),
    replications: Array.from({ length: replications }, () => nextInt(rng, replications)),
  }));
}

/**
 * Half the width of a normal 95% interval from the resampled values (Z95 × their standard
 * deviation; NaN ones left out), 0 with fewer than two. Normal rather than percentile: with 100
 * resamples a 2.5% tail rests on two or three values, and the summary prints estimate ± half-width.
 *
 * @example
 * halfWidth([0.4, 0.5, 0.6]); // 0.196
 */
export function halfWidth(values: readonly number[]): number {
  const xs = values.filter((x) => !Number.isNaN(x));
  if (xs.length < 2) return 0;
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Z95 * Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
}
