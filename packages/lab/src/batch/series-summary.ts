/**
 * series-summary.csv: each design point's series summarised over its runs, per clock, time and
 * quantity: n, mean, standard deviation and the 5th, 25th, 50th, 75th and 95th percentiles (the
 * bands a plot draws). The quantiles are exact (linear interpolation, as numpy's and pandas'
 * default): series.csv comes in run order, so a point's runs are consecutive, and only the current
 * point's values are kept (memory: 8 bytes × its runs × the values of a run, about 8 MB for 10,000
 * replications of rsa-2017), not a streaming estimate whose error an analyst would have to allow for.
 */
import { ROUND_QUANTITIES, YEAR_QUANTITIES } from '@geneva/engine';
import { quantile } from '../stats/quantile.js';

/** The columns of series-summary.csv, in order. */
export const SERIES_SUMMARY_COLUMNS = ['point', 'clock', 't', 'quantity', 'n', 'mean', 'sd', 'p05', 'p25', 'p50', 'p75', 'p95'] as const;
const PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
/** Quantities in the engine's order, rounds' before years'. */
const ORDER = new Map<string, number>([...ROUND_QUANTITIES.map((q) => `round ${q}`), ...YEAR_QUANTITIES.map((q) => `year ${q}`)].map((key, k) => [key, k]));

/** The values of one cell of a point: a clock, a time, a quantity. */
interface Cell {
  readonly clock: string;
  readonly t: number;
  readonly quantity: string;
  readonly values: number[];
}

/**
 * Summarises series.csv lines point by point: {@link SeriesSummarizer.add} each line in file order,
 * and each call returns the finished lines of series-summary.csv when a point is complete.
 *
 * @example
 * const summary = new SeriesSummarizer();
 * for (const line of seriesCsvLines) out.push(...summary.add(line));
 * out.push(...summary.finish());
 */
export class SeriesSummarizer {
  private point = -1;
  private cells = new Map<string, Cell>();

  /**
   * Takes one line of series.csv (`run,point,replication,clock,t,quantity,value`).
   *
   * @returns the summary lines of the point before, once this line starts a new point
   * @throws Error when the line is not a series line, or its point comes before the current one
   */
  add(line: string): string[] {
    const cells = line.split(',');
    const [point, t, value] = [Number(cells[1]), Number(cells[4]), Number(cells[6])];
    if (cells.length !== 7 || !Number.isInteger(point) || !Number.isFinite(t) || !Number.isFinite(value)) throw new Error(`not a series line: ${line.slice(0, 80)}`);
    if (point < this.point) throw new Error(`point ${point} after point ${this.point}: the lines are not in run order`);
    const done = point === this.point ? [] : this.finish();
    this.point = point;
    const key = `${cells[3]} ${t} ${cells[5]}`;
    let cell = this.cells.get(key);
    if (cell === undefined) this.cells.set(key, (cell = { clock: cells[3]!, t, quantity: cells[5]!, values: [] }));
    cell.values.push(value);
    return done;
  }

  /** The summary lines of the current point (none if there is none), which is then closed. */
  finish(): string[] {
    const cells = [...this.cells.values()].sort(byTime);
    this.cells = new Map();
    return cells.map((cell) => [this.point, cell.clock, cell.t, cell.quantity, ...statistics(cell.values)].join(','));
  }
}

/** Rounds before years, then time, then the engine's order of quantities. */
function byTime(a: Cell, b: Cell): number {
  if (a.clock !== b.clock) return a.clock === 'round' ? -1 : 1;
  if (a.t !== b.t) return a.t - b.t;
  return (ORDER.get(`${a.clock} ${a.quantity}`) ?? Infinity) - (ORDER.get(`${b.clock} ${b.quantity}`) ?? Infinity) || (a.quantity < b.quantity ? -1 : 1);
}

/**
 * n, mean, sample standard deviation (n − 1) and the percentiles, as text cells rounded to 6
 * decimals; with one value, sd and the percentiles are empty (no spread to show).
 *
 * @example
 * statistics([1, 2, 3, 4]); // ['4', '2.5', '1.290994', '1.15', '1.75', '2.5', '3.25', '3.85']
 */
export function statistics(values: readonly number[]): string[] {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return [String(n), text(mean), '', ...PERCENTILES.map(() => '')];
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const sorted = Float64Array.from(values).sort();
  return [String(n), text(mean), text(sd), ...PERCENTILES.map((p) => text(quantile(sorted, p)))];
}


function text(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}
