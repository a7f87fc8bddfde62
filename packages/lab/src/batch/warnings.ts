/**
 * One-line warnings about a sensitivity analysis, in the words an analyst reads: where the seeds'
 * noise dominates an outcome's point means (its indices then mostly describe the seeds), and where
 * an index's estimate falls outside [0, 1] (impossible for a share of variance: too few samples, or
 * noise).
 */
import type { NoiseShare } from './noise.js';
import type { SobolIndices, SobolPair } from './sobol.js';

/** Above this share of the point means' variance, noise is said to dominate. */
export const NOISE_DOMINATES = 0.5;
/** The noise share of the means the suggested replications aim at. */
const NOISE_TARGET = 0.2;

/**
 * The warnings of a Sobol or Morris analysis: noise first (the worst first), then indices outside
 * [0, 1] (Sobol's S1, ST and S2; μ* has no upper bound); within each, the batch-level outcomes before
 * the per-actor breakdowns.
 *
 * @example
 * sensitivityWarnings(noise, sobol); // ['civilianHarm: noise is 57% of the variance of the point means (89% of single runs’); its indices mostly describe the seeds: about 24 replications a point would bring it under 20%.', …]
 */
export function sensitivityWarnings(noise: readonly NoiseShare[] | null, sobol: readonly SobolIndices[], pairs: readonly SobolPair[] = []): string[] {
  // Every outcome whose point means vary: one whose noise swamps them has no indices, and needs the warning most.
  const noisy = (noise ?? []).filter((n) => n.meanShare >= NOISE_DOMINATES).sort((a, b) => breakdown(a.outcome) - breakdown(b.outcome) || b.meanShare - a.meanShare);
  const outside = [...sobol.flatMap(outOfRange), ...pairs.flatMap(pairOutOfRange)];
  const beyond = outside.filter((o) => !o.within).sort((a, b) => breakdown(a.outcome) - breakdown(b.outcome) || b.by - a.by);
  const within = outside.filter((o) => o.within);
  return [...noisy.map(noiseWarning), ...beyond.map((o) => `${o.text}: beyond its interval, so the estimate is off; more base samples (or replications) are needed.`), ...withinLine(within)];
}

/** Estimates outside [0, 1] by less than their half-width: one line for them all, the first few named. */
function withinLine(within: readonly OutOfRange[]): string[] {
  if (within.length === 0) return [];
  const named = within.slice(0, 3).map((o) => o.text.replace(/, outside \[0, 1\]$/, ''));
  const more = within.length > named.length ? `; and ${within.length - named.length} more, in summary.json` : '';
  return [`${within.length} ${within.length === 1 ? 'estimate falls' : 'estimates fall'} outside [0, 1] by less than ${within.length === 1 ? 'its' : 'their'} interval's half-width (${named.join('; ')}${more}): read them as 0 or 1 within noise.`];
}

/**
 * 1 for a per-actor breakdown of an outcome (a dotted column such as `welfareBy.ind`), 0 for a
 * batch-level outcome: the terminal shows the first few warnings, and those about the outcomes a
 * reader looks at first (inForce, civilianHarm…) must not be pushed out by twenty actors' welfare.
 */
function breakdown(outcome: string): number {
  return outcome.includes('.') ? 1 : 0;
}

function noiseWarning(n: NoiseShare): string {
  const runs = `noise is ${percent(n.runShare)} of a single run's variance`;
  // Means' variance = signal + within / R; the signal is what is left once the noise is taken out.
  const signal = n.betweenMeans - n.within / n.replications;
  if (!(signal > 0)) {
    return `${n.outcome}: the seeds' noise alone would make the point means vary ${n.meanShare.toFixed(1)} times as much as they do (${runs}); its indices rest on the few seeds played: more replications, not more samples, are needed to see an effect.`;
  }
  const needed = Math.ceil(((1 - NOISE_TARGET) / NOISE_TARGET) * (n.within / signal));
  return `${n.outcome}: noise is ${percent(n.meanShare)} of the variance of the point means (${runs}); its indices mostly describe the seeds: about ${needed} replications a point (now ${n.replications}) would bring it under ${percent(NOISE_TARGET)}.`;
}

interface OutOfRange {
  readonly outcome: string;
  /** "outcome: S1 of parameter is x ± c, outside [0, 1]" */
  readonly text: string;
  /** Whether the interval reaches the bound. */
  readonly within: boolean;
  /** How far past the bound, in half-widths. */
  readonly by: number;
}

function outOfRange(e: SobolIndices): OutOfRange[] {
  return (
    [
      ['S1', e.s1, e.s1Conf],
      ['ST', e.st, e.stConf],
    ] as const
  ).flatMap(([name, x, c]) => outside(e.outcome, `${name} of ${e.parameter}`, x, c));
}

function pairOutOfRange(e: SobolPair): OutOfRange[] {
  return outside(e.outcome, `S2 of ${e.parameters.join(' × ')}`, e.s2, e.s2Conf);
}

function outside(outcome: string, what: string, x: number, c: number): OutOfRange[] {
  if (x >= 0 && x <= 1) return [];
  const past = x < 0 ? -x : x - 1;
  return [{ outcome, text: `${outcome}: ${what} is ${x.toFixed(3)} ± ${c.toFixed(3)}, outside [0, 1]`, within: past <= c, by: c > 0 ? past / c : Infinity }];
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
