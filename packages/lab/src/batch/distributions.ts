/**
 * The distributions a swept range can follow (uniform, normal with optional truncation, triangular,
 * log-uniform), as quantile functions: a design draws u in [0, 1) (at random, in Latin hypercube
 * strata, as Morris levels or Saltelli's samples) and takes the value at that quantile, so every
 * sampling method honours the distribution without knowing it (inverse transform sampling, as
 * SALib's `dists` and EMA Workbench's parameters do).
 */
import jstat from 'jstat';

/** A range's distribution, checked: uniform and log-uniform on [min, max], triangular with its mode, normal optionally truncated to [min, max]. */
export type Distribution =
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'log-uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number; readonly min: number; readonly max: number };

/** The kinds of distribution a sweep file may name. */
export const DISTRIBUTIONS = ['uniform', 'normal', 'triangular', 'log-uniform'] as const;

/** A range as a sweep file writes it (the fields its distribution needs, validated by the schema). */
export interface RangeFields {
  /** Uniform when absent. */
  readonly distribution?: (typeof DISTRIBUTIONS)[number] | undefined;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly mean?: number | undefined;
  readonly sd?: number | undefined;
  readonly mode?: number | undefined;
}

/**
 * The distribution of a validated range (an untruncated side of a normal is ±∞).
 *
 * @example
 * distributionOf({ distribution: 'normal', mean: 2, sd: 0.5, min: 1 }); // { kind: 'normal', mean: 2, sd: 0.5, min: 1, max: Infinity }
 */
export function distributionOf(range: RangeFields): Distribution {
  const min = range.min ?? Number.NEGATIVE_INFINITY;
  const max = range.max ?? Number.POSITIVE_INFINITY;
  switch (range.distribution) {
    case 'normal':
      return { kind: 'normal', mean: range.mean ?? 0, sd: range.sd ?? 1, min, max };
    case 'triangular':
      return { kind: 'triangular', min, mode: range.mode ?? min, max };
    case 'log-uniform':
      return { kind: 'log-uniform', min, max };
    case 'uniform':
    case undefined:
      return { kind: 'uniform', min, max };
  }
}

/** The smallest and largest quantile used for an unbounded side, so that no value is infinite (about ±8.2 sd). */
const EDGE = Number.EPSILON / 2;

/**
 * The value at quantile u of a distribution (u in [0, 1]; the ends of a bounded distribution are its
 * bounds, those of an untruncated normal ±8.2 sd).
 *
 * @example
 * quantile({ kind: 'triangular', min: 0, mode: 1, max: 4 }, 0.25); // 1
 */
export function quantile(d: Distribution, u: number): number {
  switch (d.kind) {
    case 'uniform':
      return d.min + u * (d.max - d.min);
    case 'log-uniform':
      return Math.min(d.max, Math.exp(Math.log(d.min) + u * (Math.log(d.max) - Math.log(d.min))));
    case 'triangular':
      return triangularQuantile(d, u);
    case 'normal':
      return d.mean + d.sd * truncatedStandardQuantile((d.min - d.mean) / d.sd, (d.max - d.mean) / d.sd, u);
  }
}

/**
 * The probability a normal distribution gives to its truncation [min, max] (1 untruncated): 0 when
 * the interval lies too far in a tail to be computed, which a sweep file is refused for.
 *
 * @example
 * truncatedMass({ kind: 'normal', mean: 0, sd: 1, min: 0, max: Infinity }); // 0.5
 */
export function truncatedMass(d: Extract<Distribution, { kind: 'normal' }>): number {
  const [a, b] = [(d.min - d.mean) / d.sd, (d.max - d.mean) / d.sd];
  // Above the mean, the mirrored lower tail keeps the digits that 1 − Φ would lose.
  return a > 0 ? phi(-a) - phi(-b) : phi(b) - phi(a);
}

function triangularQuantile(d: Extract<Distribution, { kind: 'triangular' }>, u: number): number {
  const width = d.max - d.min;
  if (width === 0) return d.min;
  const below = (d.mode - d.min) / width;
  return u <= below ? d.min + Math.sqrt(u * width * (d.mode - d.min)) : d.max - Math.sqrt((1 - u) * width * (d.max - d.mode));
}

/** The quantile u of the standard normal truncated to [a, b] (either may be infinite). */
function truncatedStandardQuantile(a: number, b: number, u: number): number {
  if (a > 0) return -truncatedStandardQuantile(-b, -a, 1 - u);
  const low = phi(a);
  const p = Math.min(1 - EDGE, Math.max(EDGE, low + u * (phi(b) - low)));
  const z = jstat.jStat.normal.inv(p, 0, 1);
  // Rounding in Φ may step a hair past a bound: the value stays inside the truncation.
  return Math.min(b, Math.max(a, z));
}

function phi(z: number): number {
  if (z === Number.NEGATIVE_INFINITY) return 0;
  if (z === Number.POSITIVE_INFINITY) return 1;
  return jstat.jStat.normal.cdf(z, 0, 1);
}
