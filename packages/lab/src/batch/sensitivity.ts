/**
 * The sensitivity analysis of a Sobol or Morris design from its point summaries and every run's
 * outcomes: the indices with intervals that include the seeds' variance, each outcome's noise
 * share, and the warnings an analyst should read before the indices.
 */
import { morrisIndices, type ElementaryEffects } from './morris.js';
import { noiseShares, type NoiseShare } from './noise.js';
import type { ReplicateStore } from './replicates.js';
import { sobolAnalysis, type SobolIndices, type SobolPair } from './sobol.js';
import type { PointSummary } from './summary.js';
import type { Design } from './sweep.js';
import { sensitivityWarnings } from './warnings.js';

/** What {@link sensitivityAnalysis} gives. */
export interface SensitivityAnalysis {
  readonly morris: readonly ElementaryEffects[];
  readonly sobol: readonly SobolIndices[];
  /** Second-order indices (a Sobol design with `secondOrder: true`; otherwise empty). */
  readonly sobolPairs: readonly SobolPair[];
  /** Each outcome's noise share; null with one replication a point (noise cannot then be told apart). */
  readonly noise: readonly NoiseShare[] | null;
  /** One-line warnings: noise that dominates an outcome's point means, an index outside [0, 1]. */
  readonly warnings: readonly string[];
}

/**
 * The Morris or Sobol indices of a design (the other empty), its noise shares and warnings.
 *
 * @example
 * sensitivityAnalysis(design, summary.points, store).warnings; // ['civilianHarm: noise is 57% of …']
 */
export function sensitivityAnalysis(design: Design, points: readonly PointSummary[], store: ReplicateStore): SensitivityAnalysis {
  const morris = morrisIndices(design, points, store);
  const { first: sobol, second: sobolPairs } = sobolAnalysis(design, points, store);
  const noise = noiseShares(store);
  return { morris, sobol, sobolPairs, noise, warnings: sensitivityWarnings(noise, sobol, sobolPairs) };
}
