/**
 * The per-point statistics of a batch in columns: for each outcome, typed arrays indexed by design
 * point (runs, running mean and sum of squared deviations for a number; trues and runs for a yes/no
 * outcome). A design of 20,000 points and 40 outcomes takes a few megabytes this way, where an
 * object per point and outcome took hundreds; a point's summary is built only when asked for.
 */
import type { Cell, JsonValue } from '@geneva/engine';
import { momentsSummary, rateOf, type RateSummary, type SampleSummary } from '../stats/summary.js';
import { pointValues, type Design } from './sweep.js';

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

/** Welford's accumulators of one numeric outcome, a slot per point. */
interface NumericColumn {
  readonly n: Uint32Array;
  readonly mean: Float64Array;
  readonly m2: Float64Array;
}

/** The counts of one yes/no outcome, a slot per point. */
interface RateColumn {
  readonly trues: Uint32Array;
  readonly n: Uint32Array;
}

/** Columns that identify a run, not outcomes. */
export const IDENTITY = new Set(['run', 'point', 'replication', 'seed', 'error']);

/**
 * Accumulates rows into per-point statistics, a fixed few bytes per point and outcome.
 *
 * @example
 * const table = new PointTable(design);
 * table.add(0, row);
 * table.at(0).numeric['civilianHarm']?.mean;
 */
export class PointTable implements Iterable<PointSummary> {
  /** Runs played to the end, by point. */
  private readonly played: Uint32Array;
  private readonly failures: Uint32Array;
  private readonly numeric = new Map<string, NumericColumn>();
  private readonly rates = new Map<string, RateColumn>();
  private readonly skipped: ReadonlySet<string>;

  constructor(private readonly design: Design) {
    this.played = new Uint32Array(design.points.length);
    this.failures = new Uint32Array(design.points.length);
    this.skipped = new Set([...IDENTITY, ...design.paths]);
  }

  /** Design points. */
  get count(): number {
    return this.played.length;
  }

  /** Numeric outcomes, in the order of the first row that had them. */
  get numericOutcomes(): readonly string[] {
    return [...this.numeric.keys()];
  }

  /** Yes/no outcomes, in the order of the first row that had them. */
  get rateOutcomes(): readonly string[] {
    return [...this.rates.keys()];
  }

  /** Adds a run's row to its point: a failed run (non-empty `error`) counts as failed, nothing more. */
  add(point: number, row: Readonly<Record<string, Cell | null>>): void {
    if (row['error'] !== '' && row['error'] !== null && row['error'] !== undefined) {
      this.failures[point]!++;
      return;
    }
    this.played[point]!++;
    for (const [key, value] of Object.entries(row)) {
      if (this.skipped.has(key)) continue;
      if (typeof value === 'number') this.addNumber(this.numericColumn(key), point, value);
      else if (typeof value === 'boolean') {
        const column = this.rateColumn(key);
        column.n[point]!++;
        if (value) column.trues[point]!++;
      }
    }
  }

  /** Runs played to the end at a point. */
  runsAt(point: number): number {
    return this.played[point] ?? 0;
  }

  /** Runs that failed at a point. */
  failedAt(point: number): number {
    return this.failures[point] ?? 0;
  }

  /** A numeric outcome's summary at a point (undefined if the outcome is unknown). */
  numericAt(outcome: string, point: number): SampleSummary | undefined {
    const column = this.numeric.get(outcome);
    return column === undefined ? undefined : momentsSummary(column.n[point]!, column.mean[point]!, column.m2[point]!);
  }

  /** A yes/no outcome's rate at a point (undefined if the outcome is unknown). */
  rateAt(outcome: string, point: number): RateSummary | undefined {
    const column = this.rates.get(outcome);
    return column === undefined ? undefined : rateOf(column.trues[point]!, column.n[point]!);
  }

  /** An outcome's mean (or rate) at a point, NaN where it has no value. */
  valueAt(outcome: string, point: number): number {
    const numeric = this.numeric.get(outcome);
    if (numeric !== undefined) return numeric.n[point]! === 0 ? Number.NaN : numeric.mean[point]!;
    const rate = this.rates.get(outcome);
    return rate === undefined || rate.n[point]! === 0 ? Number.NaN : rate.trues[point]! / rate.n[point]!;
  }

  /** The summary of a point, built now (the table keeps no objects per point). */
  at(point: number): PointSummary {
    const numeric: Record<string, SampleSummary> = {};
    const rates: Record<string, RateSummary> = {};
    // Only the outcomes this point has values of, as a point summarised on its own would list.
    for (const [key, column] of this.numeric) if (column.n[point]! > 0) numeric[key] = this.numericAt(key, point)!;
    for (const [key, column] of this.rates) if (column.n[point]! > 0) rates[key] = this.rateAt(key, point)!;
    return { point, parameters: pointValues(this.design, point), runs: this.runsAt(point), failed: this.failedAt(point), numeric, rates };
  }

  /** Every point's summary, one at a time. */
  *[Symbol.iterator](): Iterator<PointSummary> {
    for (let point = 0; point < this.count; point++) yield this.at(point);
  }

  private addNumber(column: NumericColumn, point: number, x: number): void {
    const n = ++column.n[point]!;
    const delta = x - column.mean[point]!;
    column.mean[point]! += delta / n;
    column.m2[point]! += delta * (x - column.mean[point]!);
  }

  private numericColumn(key: string): NumericColumn {
    let column = this.numeric.get(key);
    if (column === undefined) {
      const points = this.count;
      column = { n: new Uint32Array(points), mean: new Float64Array(points), m2: new Float64Array(points) };
      this.numeric.set(key, column);
    }
    return column;
  }

  private rateColumn(key: string): RateColumn {
    let column = this.rates.get(key);
    if (column === undefined) {
      column = { trues: new Uint32Array(this.count), n: new Uint32Array(this.count) };
      this.rates.set(key, column);
    }
    return column;
  }
}
