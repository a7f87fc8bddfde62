/**
 * Sobol sensitivity indices from Saltelli's design (sweep `method: sobol`): how much of an
 * outcome's variance over the swept space each parameter explains alone (first order, S1) and with
 * all its interactions (total, ST). The estimators are SALib's `sobol.analyze` (Saltelli 2010 for
 * S1, on centred outputs; Jansen for ST), applied to each point's mean outcome (or rate), with confidence half-widths
 * from a seeded bootstrap over the base samples, so the same rows give the same figures.
 */
import { seedRng } from '@geneva/engine';
import { nextInt } from '@geneva/engine/tooling';
import type { PointSummary } from './summary.js';
import type { Design } from './sweep.js';
import { pointOutcomes, round6 } from './values.js';

/** The Sobol indices of one parameter for one outcome. */
export interface SobolIndices {
  readonly parameter: string;
  readonly outcome: string;
  /** First-order index: the share of the outcome's variance the parameter explains alone. */
  readonly s1: number;
  /** Half-width of S1's 95% confidence interval (bootstrap). */
  readonly s1Conf: number;
  /** Total index: its share with every interaction it takes part in; ST − S1 measures those. */
  readonly st: number;
  /** Half-width of ST's 95% confidence interval (bootstrap). */
  readonly stConf: number;
  /** Base samples used (those whose every point has a finished run). */
  readonly samples: number;
}

/** Bootstrap resamples and the normal quantile of a 95% interval, as SALib's defaults. */
const RESAMPLES = 100;
const Z95 = 1.959963984540054;

/**
 * The first-order and total Sobol indices of every parameter for every outcome, each outcome's
 * parameters by ST, largest first; empty for a design that is not Saltelli's, and for an outcome
 * that does not vary over the design.
 *
 * @example
 * sobolIndices(design, summary.points); // [{ parameter: 'rules.entryIntoForce.ratifications', outcome: 'inForce', s1: 0.81, s1Conf: 0.06, st: 0.88, stConf: 0.05, samples: 64 }, …]
 */
export function sobolIndices(design: Design, points: readonly PointSummary[]): SobolIndices[] {
  if (design.samples === undefined) return [];
  const k = design.paths.length;
  const blocks = completeBlocks(design.samples, k, points);
  if (blocks.length < 2) return [];
  return [...pointOutcomes(points)].flatMap(([outcome, read]) => {
    const f = blocks.map((block) => block.map(read));
    if (f.some((row) => row.some(Number.isNaN))) return [];
    const whole = estimate(f, k, f.map((_, j) => j));
    if (whole === null) return [];
    const rng = seedRng(`sobol/${outcome}`);
    const boot = Array.from({ length: RESAMPLES }, () => estimate(f, k, f.map(() => nextInt(rng, f.length)))).filter((e) => e !== null);
    return design.paths
      .map((parameter, i) => ({
        parameter,
        outcome,
        s1: round6(whole.s1[i]!),
        s1Conf: round6(Z95 * sd(boot.map((e) => e.s1[i]!))),
        st: round6(whole.st[i]!),
        stConf: round6(Z95 * sd(boot.map((e) => e.st[i]!))),
        samples: f.length,
      }))
      .sort((x, y) => y.st - x.st || (x.parameter < y.parameter ? -1 : 1));
  });
}

/** The base samples' blocks of k + 2 points (A, AB_1 … AB_k, B), those with a failed point left out. */
function completeBlocks(samples: number, k: number, points: readonly PointSummary[]): PointSummary[][] {
  const blocks: PointSummary[][] = [];
  for (let j = 0; j < samples; j++) {
    const block = points.slice(j * (k + 2), (j + 1) * (k + 2));
    if (block.length === k + 2 && block.every((p) => p.runs > 0)) blocks.push(block);
  }
  return blocks;
}

/**
 * The estimators of every parameter i over the given base samples: V = Var(f_A ∪ f_B),
 * S1_i = E[(f_B − m)(f_ABi − f_A)] / V, ST_i = E[(f_A − f_ABi)²] / 2V; null if V = 0 (the outcome
 * does not vary). Centring f_B on the mean m of f_A ∪ f_B (SALib does not) leaves S1's expectation
 * as it is and removes most of its variance for an outcome far from 0 (a count, a trust level):
 * without it, 64 base samples gave S1 ± 10 where ± 0.3 is the honest width.
 */
function estimate(f: readonly number[][], k: number, rows: readonly number[]): { s1: number[]; st: number[] } | null {
  const ab = rows.flatMap((j) => [f[j]![0]!, f[j]![k + 1]!]);
  const mean = ab.reduce((s, x) => s + x, 0) / ab.length;
  const variance = ab.reduce((s, x) => s + (x - mean) ** 2, 0) / ab.length;
  if (!(variance > 0)) return null;
  const first = new Array<number>(k).fill(0);
  const total = new Array<number>(k).fill(0);
  for (const j of rows) {
    const block = f[j]!;
    const [a, b] = [block[0]!, block[k + 1]!];
    for (let i = 0; i < k; i++) {
      const abi = block[i + 1]!;
      first[i]! += (b - mean) * (abi - a);
      total[i]! += (a - abi) ** 2;
    }
  }
  return { s1: first.map((x) => x / rows.length / variance), st: total.map((x) => x / rows.length / (2 * variance)) };
}

function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
}
