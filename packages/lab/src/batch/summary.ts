/**
 * A batch's summary, built row by row in constant memory per design point: for every point, the
 * mean, standard deviation and 95% interval of every numeric outcome and the rate of every boolean
 * one; and, across points, which swept parameters move which outcomes most (Spearman's rank
 * correlation between a parameter's value and the outcome's mean at each point), and where in the
 * swept space each yes/no outcome happens (scenario discovery, discovery.ts), and, for a Morris
 * design, each parameter's elementary effects (morris.ts), for a Saltelli design its Sobol indices
 * (sobol.ts).
 */
import { sampleRankCorrelation } from 'simple-statistics';
import type { Cell, JsonValue } from '@geneva/engine';
import { RunningMoments, rateOf, type RateSummary, type SampleSummary } from '../stats/summary.js';
import { pointValues, type Design } from './sweep.js';
import { discover, type Discovery } from './discovery.js';
import type { ElementaryEffects } from './morris.js';
import type { SobolIndices } from './sobol.js';
import { sensitivityAnalysis, type SensitivityAnalysis } from './sensitivity.js';
import { ReplicateStore } from './replicates.js';
import { numberOf, round6 } from './values.js';

/** The summary of one design point. */
export interface PointSummary {
  readonly point: number;
  readonly parameters: Readonly<Record<string, JsonValue>>;
  /** Runs played to the end. */
  readonly runs: number;
  /** Runs that failed (their rows carry the error). */
  readonly failed: number;
  /** Every numeric outcome. */
  readonly numeric: Readonly<Record<string, SampleSummary>>;
  /** Every boolean outcome, as a rate. */
  readonly rates: Readonly<Record<string, RateSummary>>;
}

/** How strongly a parameter moves an outcome across design points. */
export interface Sensitivity {
  readonly parameter: string;
  readonly outcome: string;
  /** Spearman's rank correlation between the parameter's value and the outcome's mean, over points. */
  readonly rho: number;
  /** Design points it was computed over. */
  readonly points: number;
}

/** The summary of a batch. */
export interface BatchSummary {
  readonly points: readonly PointSummary[];
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

/** Columns that identify a run, not outcomes. */
const IDENTITY = new Set(['run', 'point', 'replication', 'seed', 'error']);

/**
 * Accumulates a batch's rows and summarises them.
 *
 * @example
 * const summarizer = new BatchSummarizer(design);
 * for (const row of rows) summarizer.add(row);
 * const summary = summarizer.summary();
 */
export class BatchSummarizer {
  private readonly points: PointAccumulator[];
  /** Every run's outcomes, for the Sobol and Morris bootstraps (see replicates.ts for its memory). */
  private readonly replicates: ReplicateStore | null;

  constructor(private readonly design: Design) {
    this.points = design.points.map(() => new PointAccumulator());
    this.replicates = design.samples !== undefined || design.trajectories !== undefined ? new ReplicateStore(design, IDENTITY) : null;
  }

  /** Adds a run's row. */
  add(row: Readonly<Record<string, Cell | null>>): void {
    const point = this.points[Number(row['point'])];
    if (point === undefined) throw new RangeError(`row of run ${String(row['run'])}: no design point ${String(row['point'])}`);
    point.add(row, this.design.paths);
    this.replicates?.add(row);
  }

  /** The summary of the rows added so far. */
  summary(): BatchSummary {
    const points = this.points.map((acc, point) => acc.summary(point, pointValues(this.design, point)));
    const base = { points, sensitivity: sensitivityOf(this.design, points), discovery: discoveryOf(points) };
    if (this.replicates === null) return { ...base, morris: [], sobol: [] };
    return { ...base, ...sensitivityAnalysis(this.design, points, this.replicates) };
  }
}

class PointAccumulator {
  private runs = 0;
  private failed = 0;
  private readonly numeric = new Map<string, RunningMoments>();
  private readonly trues = new Map<string, [number, number]>();

  add(row: Readonly<Record<string, Cell | null>>, paths: readonly string[]): void {
    if (row['error'] !== '' && row['error'] !== null && row['error'] !== undefined) {
      this.failed++;
      return;
    }
    this.runs++;
    for (const [key, value] of Object.entries(row)) {
      if (IDENTITY.has(key) || paths.includes(key)) continue;
      if (typeof value === 'number') this.moments(key).add(value);
      else if (typeof value === 'boolean') {
        const counts = this.trues.get(key) ?? [0, 0];
        this.trues.set(key, [counts[0] + (value ? 1 : 0), counts[1] + 1]);
      }
    }
  }

  summary(point: number, parameters: Record<string, JsonValue>): PointSummary {
    return {
      point,
      parameters,
      runs: this.runs,
      failed: this.failed,
      numeric: Object.fromEntries([...this.numeric].map(([k, m]) => [k, m.summary()])),
      rates: Object.fromEntries([...this.trues].map(([k, [t, n]]) => [k, rateOf(t, n)])),
    };
  }

  private moments(key: string): RunningMoments {
    let m = this.numeric.get(key);
    if (m === undefined) this.numeric.set(key, (m = new RunningMoments()));
    return m;
  }
}

/** Spearman's ρ of each numeric (or boolean) parameter against each outcome's point means. */
function sensitivityOf(design: Design, points: readonly PointSummary[]): Sensitivity[] {
  const played = points.filter((p) => p.runs > 0);
  if (played.length < 3) return [];
  const outcomes = new Map<string, (p: PointSummary) => number>();
  for (const key of Object.keys(played[0]!.numeric)) outcomes.set(key, (p) => p.numeric[key]?.mean ?? Number.NaN);
  for (const key of Object.keys(played[0]!.rates)) outcomes.set(key, (p) => p.rates[key]?.rate ?? Number.NaN);
  const result: Sensitivity[] = [];
  for (const parameter of design.paths) {
    const x = played.map((p) => numberOf(p.parameters[parameter]));
    if (x.some(Number.isNaN) || new Set(x).size < 2) continue;
    for (const [outcome, read] of outcomes) {
      const y = played.map(read);
      if (y.some(Number.isNaN) || new Set(y).size < 2) continue;
      const rho = sampleRankCorrelation(x, y);
      if (Number.isFinite(rho)) result.push({ parameter, outcome, rho: round6(rho), points: played.length });
    }
  }
  return result.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.parameter + a.outcome < b.parameter + b.outcome ? -1 : 1));
}

/** PRIM for each boolean outcome, over the points with runs. */
function discoveryOf(points: readonly PointSummary[]): Discovery[] {
  const played = points.filter((p) => p.runs > 0);
  if (played.length < 4) return [];
  const found: Discovery[] = [];
  for (const outcome of Object.keys(played[0]!.rates)) {
    const at = played.map((p) => {
      const rate = p.rates[outcome];
      return { parameters: p.parameters, runs: rate?.n ?? 0, hits: rate === undefined || rate.n === 0 ? 0 : Math.round(rate.rate * rate.n) };
    });
    const discovery = discover(outcome, at);
    if (discovery !== null) found.push(discovery);
  }
  return found;
}
