/**
 * A batch's summary, built row by row in constant memory per design point: for every point, the
 * mean, standard deviation and 95% interval of every numeric outcome and the rate of every boolean
 * one; and, across points, which swept parameters move which outcomes most (Spearman's rank
 * correlation between a parameter's value and the outcome's mean at each point), and where in the
 * swept space each yes/no outcome happens (scenario discovery, discovery.ts), and, for a Morris
 * design, each parameter's elementary effects (morris.ts), for a Saltelli design its Sobol indices
 * (sobol.ts).
 */
import type { Cell } from '@geneva/engine';
import { averageRanks, pearson } from '../stats/rank.js';
import { PointTable } from './point-table.js';
import { pointValues, type Design } from './sweep.js';
import { discover, type Discovery, type PeelingOptions } from './discovery.js';
import type { ElementaryEffects } from './morris.js';
import type { SobolIndices } from './sobol.js';
import { sensitivityAnalysis, type SensitivityAnalysis } from './sensitivity.js';
import { ReplicateStore } from './replicates.js';
import { numberOf, round6, round9 } from './values.js';

export { PointTable, type PointSummary } from './point-table.js';
import { IDENTITY } from './point-table.js';

/** How strongly a parameter moves an outcome across design points. */
export interface Sensitivity {
  readonly parameter: string;
  readonly outcome: string;
  /**
   * Spearman's rank correlation between the parameter's value and the outcome's mean (or rate) over
   * points, the means rounded to 9 decimals as points.csv prints them, ties given average ranks.
   */
  readonly rho: number;
  /** Design points it was computed over. */
  readonly points: number;
}

/** The summary of a batch. */
export interface BatchSummary {
  /** Every point's statistics, in columns (a point's summary is built when read: {@link PointTable.at}). */
  readonly points: PointTable;
  /** Parameter-outcome pairs, the strongest first (empty with fewer than 3 points). */
  readonly sensitivity: readonly Sensitivity[];
  /**
   * Scenario discovery (PRIM) for every yes/no outcome that sometimes happens and sometimes not:
   * the boxes of swept values in which it is most frequent (empty with fewer than 4 points).
   */
  readonly discovery: readonly Discovery[];
  /** Morris screening: every parameter's elementary effects on every outcome (a Morris design only; otherwise empty). */
  readonly morris: readonly ElementaryEffects[];
  /** Sobol indices: every parameter's first-order and total index for every outcome (a Sobol design only; otherwise empty). */
  readonly sobol: readonly SobolIndices[];
  /** Sobol and Morris designs: each outcome's noise share (null with one replication); otherwise absent. */
  readonly noise?: SensitivityAnalysis['noise'];
  /** Second-order Sobol indices (Sobol and Morris designs; empty unless `secondOrder: true`); otherwise absent. */
  readonly sobolPairs?: SensitivityAnalysis['sobolPairs'];
  /** Sobol and Morris designs: one-line warnings (noise that dominates, indices outside [0, 1]); otherwise absent. */
  readonly warnings?: SensitivityAnalysis['warnings'];
}

/**
 * Accumulates a batch's rows and summarises them.
 *
 * @example
 * const summarizer = new BatchSummarizer(design);
 * for (const row of rows) summarizer.add(row);
 * const summary = summarizer.summary();
 */
export class BatchSummarizer {
  private readonly points: PointTable;
  /** Every run's outcomes, for the Sobol and Morris bootstraps (see replicates.ts for its memory). */
  private readonly replicates: ReplicateStore | null;

  /** `peeling`: PRIM's settings (a sweep file's `discovery:`), its defaults when absent. */
  constructor(
    private readonly design: Design,
    private readonly peeling: PeelingOptions = {},
  ) {
    this.points = new PointTable(design);
    this.replicates = design.samples !== undefined || design.trajectories !== undefined ? new ReplicateStore(design, IDENTITY) : null;
  }

  /** Adds a run's row. */
  add(row: Readonly<Record<string, Cell | null>>): void {
    const point = Number(row['point']);
    if (!Number.isInteger(point) || point < 0 || point >= this.points.count) throw new RangeError(`row of run ${String(row['run'])}: no design point ${String(row['point'])}`);
    this.points.add(point, row);
    this.replicates?.add(row);
  }

  /** The summary of the rows added so far. */
  summary(): BatchSummary {
    const { design, points } = this;
    const base = { points, sensitivity: sensitivityOf(design, points), discovery: discoveryOf(design, points, this.peeling) };
    if (this.replicates === null) return { ...base, morris: [], sobol: [] };
    // Morris and Sobol read every point's summary; other designs never build them all at once.
    return { ...base, ...sensitivityAnalysis(design, [...points], this.replicates) };
  }
}

/** The points that have finished runs. */
function playedPoints(points: PointTable): number[] {
  const played: number[] = [];
  for (let point = 0; point < points.count; point++) if (points.runsAt(point) > 0) played.push(point);
  return played;
}

/**
 * Spearman's ρ of each numeric (or boolean) parameter against each outcome's point means, rounded
 * to 9 decimals first: means of the same values added in another order can differ in the last bit
 * (1.9 against 1.9000000000000004), and they must tie, as they do in points.csv.
 */
function sensitivityOf(design: Design, points: PointTable): Sensitivity[] {
  const played = playedPoints(points);
  if (played.length < 3) return [];
  // Each side is ranked once: a 20,000-point design has a few hundred pairs.
  const outcomes = [...points.numericOutcomes, ...points.rateOutcomes].flatMap((outcome) => {
    const y = played.map((point) => round9(points.valueAt(outcome, point)));
    return y.some(Number.isNaN) || new Set(y).size < 2 ? [] : [{ outcome, ranks: averageRanks(y) }];
  });
  const result: Sensitivity[] = [];
  design.paths.forEach((parameter, i) => {
    const x = played.map((point) => numberOf(design.points[point]?.[i]));
    if (x.some(Number.isNaN) || new Set(x).size < 2) return;
    const ranks = averageRanks(x);
    for (const { outcome, ranks: yRanks } of outcomes) {
      const rho = pearson(ranks, yRanks);
      if (Number.isFinite(rho)) result.push({ parameter, outcome, rho: round6(rho), points: played.length });
    }
  });
  return result.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.parameter + a.outcome < b.parameter + b.outcome ? -1 : 1));
}

/** PRIM for each boolean outcome, over the points with runs. */
function discoveryOf(design: Design, points: PointTable, peeling: PeelingOptions): Discovery[] {
  const played = playedPoints(points);
  if (played.length < 4) return [];
  const found: Discovery[] = [];
  for (const outcome of points.rateOutcomes) {
    const at = played.map((point) => {
      const rate = points.rateAt(outcome, point);
      const runs = rate?.n ?? 0;
      return { parameters: pointValues(design, point), runs, hits: rate === undefined || runs === 0 ? 0 : Math.round(rate.rate * runs) };
    });
    const discovery = discover(outcome, at, peeling);
    if (discovery !== null) found.push(discovery);
  }
  return found;
}
