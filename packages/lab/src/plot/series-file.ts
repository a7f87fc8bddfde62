/**
 * series-summary.csv of a batch: per design point, per clock (year or round) and time, per quantity,
 * the mean, standard deviation and percentiles of the runs. The header must be exactly the columns
 * the figures read; a cut or altered file is refused naming the line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../cli/errors.js';
import { csvRecords } from './csv-records.js';

/** The columns of series-summary.csv, in order. */
export const SERIES_COLUMNS = ['point', 'clock', 't', 'quantity', 'n', 'mean', 'sd', 'p05', 'p25', 'p50', 'p75', 'p95'] as const;
const NUMBERS = ['point', 't', 'n', 'mean', 'sd', 'p05', 'p25', 'p50', 'p75', 'p95'] as const;

/** One row of series-summary.csv. */
export interface SeriesRow {
  readonly point: number;
  readonly clock: string;
  readonly t: number;
  readonly quantity: string;
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly p05: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/**
 * The rows of series-summary.csv of a batch folder; null when the batch has none.
 *
 * @throws UserError (exit 2) `<file>: line N: …` for a wrong header, a cut record or a value that is not a number
 * @example
 * (await readSeries('batch-rsa-2017'))?.[0]; // { point: 0, clock: 'year', t: 1, quantity: 'trust', n: 20, mean: 0.52, … }
 */
export async function readSeries(dir: string): Promise<SeriesRow[] | null> {
  const file = join(dir, 'series-summary.csv');
  if (!existsSync(file)) return null;
  const rows: SeriesRow[] = [];
  for await (const { fields, line } of csvRecords(file)) {
    if (line === 1) {
      if (fields.join(',') !== SERIES_COLUMNS.join(',')) throw new UserError(`${file}: line 1: the columns are not ${SERIES_COLUMNS.join(',')}`);
      continue;
    }
    rows.push(seriesRow(fields, file, line));
  }
  return rows;
}

function seriesRow(fields: readonly string[], file: string, line: number): SeriesRow {
  const cell = (name: (typeof SERIES_COLUMNS)[number]): string => fields[SERIES_COLUMNS.indexOf(name)] ?? '';
  const numbers: Partial<Record<(typeof NUMBERS)[number], number>> = {};
  for (const name of NUMBERS) {
    // An empty cell (the spread of one run) is a missing value, not zero.
    const value = cell(name) === '' ? Number.NaN : Number(cell(name));
    if (cell(name) !== '' && !Number.isFinite(value)) throw new UserError(`${file}: line ${line}: ${name} "${cell(name)}" is not a number`);
    numbers[name] = value;
  }
  if (!Number.isInteger(numbers.point) || (numbers.point ?? -1) < 0) throw new UserError(`${file}: line ${line}: point "${cell('point')}" is not a design point`);
  if (!Number.isFinite(numbers.t)) throw new UserError(`${file}: line ${line}: t "${cell('t')}" is not a number`);
  return { ...(numbers as Record<(typeof NUMBERS)[number], number>), clock: cell('clock'), quantity: cell('quantity') };
}
