/**
 * One step of assumed-density filtering with a robust probit observation: a belief N(mean, sd²)
 * about a quantity x, and the news that `side · (x − threshold) > 0`, seen through Gaussian noise of
 * standard deviation `noise` and, with probability 2ε, produced by something other than x (a
 * free rider signing what it does not value, a spoiler voting against its interest), give the
 * Gaussian with the same mean and variance as the exact posterior (Minka 2001, "Expectation
 * propagation"; with ε = 0 it is TrueSkill's update, Herbrich et al. 2007). With the likelihood
 * Z(t) = ε + (1 − 2ε)·Φ(t):
 *
 *   c = √(sd² + noise²),  t = side·(mean − threshold)/c,  v = (1 − 2ε)·φ(t)/Z(t),  w = v·(v + t)
 *   mean' = mean + side·(sd²/c)·v,  sd'² = sd²·(1 − (sd²/c²)·w)
 *
 * The mean moves toward the side the evidence points to, by more the more surprising the evidence
 * (t < 0) and the larger the prior spread against the noise (the Kalman gain sd²/c²); but evidence
 * that flatly contradicts the belief (t ≪ 0) is put down to the outlier share and moves it little.
 * Without outliers the spread always shrinks; with them, a contradiction may widen it slightly.
 */

/** The posterior of the last {@link probitUpdate} (one reused object: this runs in every batch game). */
export interface Posterior {
  mean: number;
  sd: number;
}

const posterior: Posterior = { mean: 0, sd: 0 };

/**
 * The moment-matched posterior of N(mean, sd²) after observing `side·(x − threshold) > 0` through
 * noise `noise`, with an outlier share `outlier` (ε, at most 0.5; side is +1 or −1). The returned
 * object is reused by the next call: read it at once.
 *
 * @example
 * const { mean, sd } = probitUpdate(0.5, 0.1, 0.55, 1, 0.05, 0.05); // evidence that x > 0.55: mean rises, sd falls
 */
export function probitUpdate(mean: number, sd: number, threshold: number, side: number, noise: number, outlier: number): Posterior {
  const variance = sd * sd;
  const c = Math.sqrt(variance + noise * noise);
  const t = (side * (mean - threshold)) / c;
  const v = robustRatio(t, outlier);
  let w = v * (v + t);
  // w < 1 in exact arithmetic (w < 0 only with outliers: a flat contradiction makes the table a
  // little less sure); the approximation of Φ must not make a spread negative.
  w = w > 0.999 ? 0.999 : w;
  posterior.mean = mean + (side * variance * v) / c;
  posterior.sd = Math.sqrt(variance * (1 - (variance / (c * c)) * w));
  return posterior;
}

/**
 * (1 − 2ε)·φ(t) / (ε + (1 − 2ε)·Φ(t)), the derivative of log Z. Φ(t) = φ(t)·R(−t) for t < 0,
 * with R the Mills ratio, so the left tail never divides by an underflowed φ: R from its continued
 * fraction beyond 3 standard deviations, where Abramowitz & Stegun 26.2.17 (absolute error
 * < 7.5e-8 in Φ) loses relative accuracy, and from 26.2.17 elsewhere.
 */
export function robustRatio(t: number, outlier: number): number {
  const x = t < 0 ? -t : t;
  const keep = 1 - 2 * outlier;
  const mills = t < 0 && x > TAIL ? millsTail(x) : abramowitzStegun(x);
  if (t < 0 && outlier === 0) return 1 / mills;
  const density = 0.3989422804014327 * Math.exp(-0.5 * t * t);
  const below = t < 0 ? density * mills : 1 - density * mills;
  return (keep * density) / (outlier + keep * below);
}

/** Where the continued fraction takes over from the polynomial. */
const TAIL = 3;

/** Φ(−x)/φ(x) for x ≥ 0 by Abramowitz & Stegun 26.2.17. */
function abramowitzStegun(x: number): number {
  const k = 1 / (1 + 0.2316419 * x);
  return k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
}

/** Φ(−x)/φ(x) for x > 3: the continued fraction 1/(x + 1/(x + 2/(x + 3/(x + …)))), 40 levels deep. */
function millsTail(x: number): number {
  let f = x;
  for (let k = 40; k >= 1; k--) f = x + k / f;
  return 1 / f;
}
