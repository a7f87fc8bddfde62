/**
 * The outcomes of a batch's runs, per design point, from runs.csv: every value of each numeric
 * outcome at the points a figure shows (for its quartiles and dots), and the count of yes of each
 * yes/no outcome. A column is numeric if every finished run has a number in it, yes/no if every one
 * has true or false; other columns (lists of actors, texts) are not plotted. Failed runs (a
 * non-empty error) are counted and left out, as in summary.md.
 */
import { join } from 'node:path';
import { UserError } from '../cli/errors.js';
import { csvRecords } from './csv-records.js';

/** The outcomes of the runs at the points shown. */
export interface RunOutcomes {
  /** Each numeric outcome: the values of its finished runs at each point shown, by point. */
  readonly numeric: ReadonlyMap<string, ReadonlyMap<number, readonly number[]>>;
  /** Each yes/no outcome: at each point shown, [runs with yes, finished runs]. */
  readonly yesNo: ReadonlyMap<string, ReadonlyMap<number, readonly [number, number]>>;
  /** Rows read, and those of failed runs. */
  readonly rows: number;
  readonly failed: number;
}

/** Columns that identify a run, not outcomes. */
const IDENTITY = new Set(['run', 'point', 'replication', 'seed', 'error']);

/** What a column has held so far. */
interface Column {
  readonly name: string;
  readonly index: number;
  numeric: boolean;
  yesNo: boolean;
  /** Whether a finished run has a value in it. */
  seen: boolean;
  /** Whether its values are kept (an outcome to plot); its kind is found either way. */
  readonly keep: boolean;
  readonly values: Map<number, number[]>;
  readonly counts: Map<number, [number, number]>;
}

/**
 * Reads runs.csv of a batch folder, keeping the runs of the points in `shown`.
 *
 * @param paths the swept parameters (their columns are not outcomes)
 * @param plotted whether an outcome's values are kept: only those of the outcomes plotted are, so a
 *   batch of a million runs at one point keeps a few columns, not sixty
 * @throws UserError (exit 2) naming runs.csv and the line: a truncated or malformed file, a missing column
 * @example
 * const outcomes = await readRunOutcomes('batch-rsa-2017', [], new Set([0]));
 * outcomes.numeric.get('civilianHarm')?.get(0); // [5.135, 9.328, …]
 */
export async function readRunOutcomes(dir: string, paths: readonly string[], shown: ReadonlySet<number>, plotted: (outcome: string) => boolean = () => true): Promise<RunOutcomes> {
  const file = join(dir, 'runs.csv');
  let columns: Column[] = [];
  let at = { point: -1, error: -1 };
  let rows = 0;
  let failed = 0;
  for await (const { fields, line } of csvRecords(file)) {
    if (line === 1) {
      at = { point: fields.indexOf('point'), error: fields.indexOf('error') };
      for (const [need, index] of Object.entries(at)) if (index < 0) throw new UserError(`${file}: no "${need}" column: not the runs of a batch`);
      columns = fields.flatMap((name, index) => (IDENTITY.has(name) || paths.includes(name) ? [] : [{ name, index, keep: plotted(name), numeric: true, yesNo: true, values: new Map(), counts: new Map(), seen: false }]));
      continue;
    }
    rows++;
    if (fields[at.error] !== '') {
      failed++;
      continue;
    }
    const point = Number(fields[at.point]);
    if (!Number.isInteger(point) || point < 0) throw new UserError(`${file}: line ${line}: point "${fields[at.point]}" is not a design point`);
    const atShown = shown.has(point);
    for (const column of columns) addCell(column, fields[column.index] ?? '', point, atShown);
  }
  return {
    numeric: new Map(columns.filter((c) => c.numeric && c.seen).map((c) => [c.name, c.values])),
    yesNo: new Map(columns.filter((c) => c.yesNo && c.seen).map((c) => [c.name, c.counts])),
    rows,
    failed,
  };
}

/**
 * Adds a finished run's cell to its column; a value of another kind rules the column out of that
 * kind. An empty cell is a missing value (the round of an adoption that did not happen).
 */
function addCell(column: Column, text: string, point: number, shown: boolean): void {
  if (text === '') return;
  column.seen = true;
  const keep = shown && column.keep;
  if (column.yesNo) {
    if (text === 'true' || text === 'false') {
      if (keep) {
        const counts = column.counts.get(point) ?? [0, 0];
        column.counts.set(point, [counts[0] + (text === 'true' ? 1 : 0), counts[1] + 1]);
      }
    } else column.yesNo = false;
  }
  if (column.numeric) {
    const value = Number(text);
    if (Number.isFinite(value)) {
      if (keep) {
        const list = column.values.get(point) ?? [];
        list.push(value);
        column.values.set(point, list);
      }
    } else column.numeric = false;
  }
}
