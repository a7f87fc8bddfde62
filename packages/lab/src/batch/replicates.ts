/**
 * Every run's outcome values kept per design point and replication, for the designs whose analyses
 * resample replications (Sobol and Morris): the point means alone cannot say how much of a
 * difference between points is the seeds'. Numeric outcomes are kept as they are, boolean ones as
 * 0 or 1; a failed or missing run is NaN.
 */
import type { Cell } from '@geneva/engine';
import type { Design } from './sweep.js';

/**
 * Outcome values by point × replication, one Float64Array per outcome (index point × replications +
 * replication). Memory: points × replications × outcomes × 8 bytes: a Sobol design of 256 base
 * samples × 6 points × 8 replications with 40 outcomes holds 12,288 runs in 3.9 MB.
 *
 * @example
 * const store = new ReplicateStore(design);
 * store.add(row); // a row of runs.jsonl
 * store.value('inForce', 3, 0); // 1 (true), or NaN if point 3's first run failed
 */
export class ReplicateStore {
  /** Design points. */
  readonly points: number;
  /** Replications per point. */
  readonly replications: number;
  private readonly values = new Map<string, Float64Array>();
  private readonly paths: ReadonlySet<string>;

  /** `identity`: the row's columns that are not outcomes (run, point, seed…). */
  constructor(design: Design, private readonly identity: ReadonlySet<string> = new Set()) {
    this.points = design.points.length;
    this.replications = design.replications;
    this.paths = new Set(design.paths);
  }

  /** Keeps a run's outcomes (a failed run's stay NaN); a row of no known point or replication is ignored. */
  add(row: Readonly<Record<string, Cell | null>>): void {
    const [point, replication] = [Number(row['point']), Number(row['replication'])];
    if (!(point >= 0 && point < this.points && replication >= 0 && replication < this.replications)) return;
    if (row['error'] !== '' && row['error'] !== null && row['error'] !== undefined) return;
    const at = point * this.replications + replication;
    for (const [key, value] of Object.entries(row)) {
      if (this.identity.has(key) || this.paths.has(key)) continue;
      if (typeof value === 'number') this.column(key)[at] = value;
      else if (typeof value === 'boolean') this.column(key)[at] = value ? 1 : 0;
    }
  }

  /** The outcomes kept, in the order first seen. */
  outcomes(): string[] {
    return [...this.values.keys()];
  }

  /** One outcome's values (index point × replications + replication), or undefined if never seen. */
  column(outcome: string): Float64Array;
  column(outcome: string, create: false): Float64Array | undefined;
  column(outcome: string, create = true): Float64Array | undefined {
    let column = this.values.get(outcome);
    if (column === undefined && create) this.values.set(outcome, (column = new Float64Array(this.points * this.replications).fill(Number.NaN)));
    return column;
  }

  /** One run's value of an outcome (NaN if it failed, is missing, or the outcome is unknown). */
  value(outcome: string, point: number, replication: number): number {
    return this.column(outcome, false)?.[point * this.replications + replication] ?? Number.NaN;
  }
}

/**
 * The mean of each point's runs over the given replications (a bootstrap draws them with
 * replacement; the same draw at every point, since replication r has the same seed at every point),
 * NaN where none of them finished.
 *
 * @example
 * pointMeans(store.column('civilianHarm'), store.replications, [0, 0, 3, 5]); // Float64Array of one mean a point
 */
export function pointMeans(column: Float64Array, replications: number, drawn: readonly number[]): Float64Array {
  const points = column.length / replications;
  const means = new Float64Array(points);
  for (let p = 0; p < points; p++) means[p] = drawnMean(column, replications, p, drawn);
  return means;
}

/**
 * The mean of one point's drawn replications (a replication may be drawn more than once), those that
 * did not finish left out; NaN if none did.
 *
 * @example
 * drawnMean(store.column('civilianHarm'), store.replications, 4, [0, 0, 3]); // point 4's mean over replications 0, 0 and 3
 */
export function drawnMean(column: Float64Array, replications: number, point: number, drawn: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const r of drawn) {
    const x = column[point * replications + r]!;
    if (Number.isNaN(x)) continue;
    sum += x;
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}
