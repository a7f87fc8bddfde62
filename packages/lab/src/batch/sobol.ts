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
import { blockSize, estimate, type Estimate, type Layout, type Runs } from './sobol-estimate.js';
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

/** The second-order Sobol index of a pair of parameters for one outcome (sweep `secondOrder: true`). */
export interface SobolPair {
  /** The two parameters, in the sweep's order. */
  readonly parameters: readonly [string, string];
  readonly outcome: string;
  /** The share of the outcome's variance their interaction alone explains (beyond each one's S1). */
  readonly s2: number;
  /** Half-width of S2's 95% confidence interval (bootstrap over base samples and replications). */
  readonly s2Conf: number;
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
  return sobolAnalysis(design, points, store).first;
}

/**
 * The first-order and total indices as {@link sobolIndices} gives them and, for a design with
 * `secondOrder`, the second-order index of every pair of parameters for every outcome (largest
 * first within an outcome; otherwise empty).
 *
 * @example
 * sobolAnalysis(design, summary.points, store).second; // [{ parameters: ['a', 'b'], outcome: 'inForce', s2: 0.12, s2Conf: 0.05, samples: 256 }, …]
 */
export function sobolAnalysis(design: Design, points: readonly PointSummary[], store: ReplicateStore): { first: SobolIndices[]; second: SobolPair[] } {
  if (design.samples === undefined) return { first: [], second: [] };
  const layout: Layout = { k: design.paths.length, secondOrder: design.secondOrder === true };
  const blocks = completeBlocks(design.samples, blockSize(layout), points);
  if (blocks.length < 2) return { first: [], second: [] };
  const all = Array.from({ length: store.replications }, (_, r) => r);
  const first: SobolIndices[] = [];
  const second: SobolPair[] = [];
  for (const outcome of pointOutcomes(points).keys()) {
    const column = store.column(outcome, false);
    if (column === undefined) continue;
    const runs: Runs = { column, replications: store.replications };
    const whole = estimate(runs, blocks, layout, all);
    if (whole === null) continue;
    const boot = bootstrap(outcome, runs, blocks, layout);
    first.push(...firstOrder(design.paths, outcome, whole, boot, blocks.length));
    second.push(...pairs(design.paths, outcome, whole, boot, blocks.length));
  }
  return { first, second };
}

function firstOrder(paths: readonly string[], outcome: string, whole: Estimate, boot: readonly Estimate[], samples: number): SobolIndices[] {
  return paths
    .map((parameter, i) => ({
      parameter,
      outcome,
      s1: round6(whole.s1[i]!),
      s1Conf: round6(halfWidth(boot.map((e) => e.s1[i]!))),
      st: round6(whole.st[i]!),
      stConf: round6(halfWidth(boot.map((e) => e.st[i]!))),
      samples,
    }))
    .sort((x, y) => y.st - x.st || (x.parameter < y.parameter ? -1 : 1));
}

function pairs(paths: readonly string[], outcome: string, whole: Estimate, boot: readonly Estimate[], samples: number): SobolPair[] {
  return whole.s2
    .flatMap((row, i) => row.flatMap((s2, j) => (j <= i ? [] : [{ parameters: [paths[i]!, paths[j]!] as const, outcome, s2: round6(s2), s2Conf: round6(halfWidth(boot.map((e) => e.s2[i]![j]!))), samples }])))
    .sort((x, y) => y.s2 - x.s2);
}

/** The indices of each resample of base samples and replications (a resample with no positive variance left out). */
function bootstrap(outcome: string, runs: Runs, blocks: readonly number[], layout: Layout): Estimate[] {
  return resamples(`sobol/${outcome}`, blocks.length, runs.replications).flatMap(({ units, replications }) => {
    const e = estimate(
      runs,
      units.map((j) => blocks[j]!),
      layout,
      replications,
    );
    return e === null ? [] : [e];
  });
}

/** The first point of each base sample's block of `size` points (A, AB_1 … AB_k, [BA_1 … BA_k,] B), those with a failed point left out. */
function completeBlocks(samples: number, size: number, points: readonly PointSummary[]): number[] {
  const blocks: number[] = [];
  for (let j = 0; j < samples; j++) {
    const block = points.slice(j * size, (j + 1) * size);
    if (block.length === size && block.every((p) => p.runs > 0)) blocks.push(j * size);
  }
  return blocks;
}
