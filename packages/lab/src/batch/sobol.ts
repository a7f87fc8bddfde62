/**
 * Sobol sensitivity indices from Saltelli's design (sweep `method: sobol`): how much of an
 * outcome's variance over the swept space each parameter explains alone (first order, S1) and with
 * all its interactions (total, ST). The estimators are SALib's `sobol.analyze` (Saltelli 2010 for
 * S1, on centred outputs; Jansen for ST), applied to each point's mean outcome (or rate) and
 * corrected for the noise those means carry (sobol-estimate.ts), so they estimate the indices of the
 * mean outcome. Confidence half-widths come from a seeded bootstrap over the base samples and the
 * replications within points (bootstrap.ts): every point plays the same seeds, so resampling base
 * samples alone would describe one set of seeds.
 */
import { halfWidth, resamples } from './bootstrap.js';
import type { ReplicateStore } from './replicates.js';
import { estimate, type Estimate, type Runs } from './sobol-estimate.js';
import type { PointSummary } from './summary.js';
import type { Design } from './sweep.js';
import { pointOutcomes, round6 } from './values.js';

/** The Sobol indices of one parameter for one outcome. */
export interface SobolIndices {
  readonly parameter: string;
  readonly outcome: string;
  /** First-order index: the share of the outcome's variance the parameter explains alone. */
  readonly s1: number;
  /** Half-width of S1's 95% confidence interval (bootstrap over base samples and replications). */
  readonly s1Conf: number;
  /** Total index: its share with every interaction it takes part in; ST − S1 measures those. */
  readonly st: number;
  /** Half-width of ST's 95% confidence interval (bootstrap over base samples and replications). */
  readonly stConf: number;
  /** Base samples used (those whose every point has a finished run). */
  readonly samples: number;
}

/**
 * The first-order and total Sobol indices of every parameter for every outcome, each outcome's
 * parameters by ST, largest first; empty for a design that is not Saltelli's, and for an outcome
 * whose point means do not vary over the design more than noise makes them.
 *
 * @example
 * sobolIndices(design, summary.points, store); // [{ parameter: 'rules.entryIntoForce.ratifications', outcome: 'inForce', s1: 0.81, s1Conf: 0.06, st: 0.88, stConf: 0.05, samples: 64 }, …]
 */
export function sobolIndices(design: Design, points: readonly PointSummary[], store: ReplicateStore): SobolIndices[] {
  if (design.samples === undefined) return [];
  const k = design.paths.length;
  const blocks = completeBlocks(design.samples, k, points);
  if (blocks.length < 2) return [];
  const all = Array.from({ length: store.replications }, (_, r) => r);
  return [...pointOutcomes(points).keys()].flatMap((outcome) => {
    const column = store.column(outcome, false);
    if (column === undefined) return [];
    const runs: Runs = { column, replications: store.replications };
    const whole = estimate(runs, blocks, k, all);
    if (whole === null) return [];
    const boot = bootstrap(outcome, runs, blocks, k);
    return design.paths
      .map((parameter, i) => ({
        parameter,
        outcome,
        s1: round6(whole.s1[i]!),
        s1Conf: round6(halfWidth(boot.map((e) => e.s1[i]!))),
        st: round6(whole.st[i]!),
        stConf: round6(halfWidth(boot.map((e) => e.st[i]!))),
        samples: blocks.length,
      }))
      .sort((x, y) => y.st - x.st || (x.parameter < y.parameter ? -1 : 1));
  });
}

/** The indices of each resample of base samples and replications (a resample with no positive variance left out). */
function bootstrap(outcome: string, runs: Runs, blocks: readonly number[], k: number): Estimate[] {
  return resamples(`sobol/${outcome}`, blocks.length, runs.replications).flatMap(({ units, replications }) => {
    const e = estimate(
      runs,
      units.map((j) => blocks[j]!),
      k,
      replications,
    );
    return e === null ? [] : [e];
  });
}

/** The first point of each base sample's block of k + 2 points (A, AB_1 … AB_k, B), those with a failed point left out. */
function completeBlocks(samples: number, k: number, points: readonly PointSummary[]): number[] {
  const blocks: number[] = [];
  for (let j = 0; j < samples; j++) {
    const block = points.slice(j * (k + 2), (j + 1) * (k + 2));
    if (block.length === k + 2 && block.every((p) => p.runs > 0)) blocks.push(j * (k + 2));
  }
  return blocks;
}
