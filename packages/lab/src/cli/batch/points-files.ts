/**
 * points.csv (and points.parquet with --parquet): a batch's per-point statistics, one row per design
 * point, in columns an analyst loads with pandas or R. summary.json once held them as an object per
 * point and outcome, hundreds of megabytes for a large design; here a 20,000-point design is a few
 * megabytes, written a row (or a row group) at a time from the summary's typed arrays.
 */
import { join } from 'node:path';
import { ParquetWriter, fileWriter, schemaFromColumnData, type BasicType } from 'hyparquet-writer';
import { csvHeader, type PointTable } from '../../index.js';
import { round9 } from '../../batch/values.js';
import { writeFileAtomic, writeThroughPartial } from '../io.js';
import type { Manifest } from './manifest.js';
import { parquetType } from './runs-parquet.js';

/** The per-point files of a batch folder. */
export const POINTS_CSV = 'points.csv';
export const POINTS_PARQUET = 'points.parquet';
/** Rows per Parquet row group, as runs.parquet. */
const ROW_GROUP = 10_000;

/** A cell of points.csv: null is an empty cell (no run, or no spread with one run). */
type PointCell = number | string | boolean | null;

/** One column of points.csv: its name, its Parquet type and how a point fills it. */
interface PointColumn {
  readonly name: string;
  readonly type: BasicType;
  readonly read: (point: number) => PointCell;
}

/**
 * The columns of points.csv: `point`, each swept parameter, `runs`, `failed`, then for each numeric
 * outcome `<outcome>.mean`, `.sd`, `.lo`, `.hi` and for each yes/no outcome `<outcome>.rate`, `.lo`,
 * `.hi` (lo and hi bound the 95% interval). Figures are rounded to 9 decimals, the precision the
 * summary ranks means at; sd, lo and hi are empty for a point with one run, every figure for a point
 * with none.
 *
 * @example
 * pointColumns(manifest, summary.points).map((c) => c.name); // ['point', 'actors.usa.domesticHurdle', 'runs', 'failed', 'civilianHarm.mean', …]
 */
export function pointColumns(manifest: Manifest, table: PointTable): PointColumn[] {
  const { design } = manifest;
  const figure = (x: number | null | undefined): number | null => (x === null || x === undefined || Number.isNaN(x) ? null : round9(x));
  const numeric = table.numericOutcomes.flatMap((o): PointColumn[] => [
    { name: `${o}.mean`, type: 'DOUBLE', read: (p) => figure(table.numericAt(o, p)?.mean) },
    { name: `${o}.sd`, type: 'DOUBLE', read: (p) => figure(table.numericAt(o, p)?.sd) },
    { name: `${o}.lo`, type: 'DOUBLE', read: (p) => figure(table.numericAt(o, p)?.ci95?.[0]) },
    { name: `${o}.hi`, type: 'DOUBLE', read: (p) => figure(table.numericAt(o, p)?.ci95?.[1]) },
  ]);
  const rates = table.rateOutcomes.flatMap((o): PointColumn[] => [
    { name: `${o}.rate`, type: 'DOUBLE', read: (p) => figure(table.rateAt(o, p)?.rate) },
    { name: `${o}.lo`, type: 'DOUBLE', read: (p) => figure(table.rateAt(o, p)?.ci95[0]) },
    { name: `${o}.hi`, type: 'DOUBLE', read: (p) => figure(table.rateAt(o, p)?.ci95[1]) },
  ]);
  const parameters = design.paths.map((name, i): PointColumn => {
    const read = (p: number) => cellOf(design.points[p]?.[i]);
    return { name, type: typeOf(design.points.map((_, p) => read(p))), read };
  });
  return [
    { name: 'point', type: 'INT64', read: (p) => p },
    ...parameters,
    { name: 'runs', type: 'INT64', read: (p) => table.runsAt(p) },
    { name: 'failed', type: 'INT64', read: (p) => table.failedAt(p) },
    ...numeric,
    ...rates,
  ];
}

/** A swept value as a cell, as runs.csv writes it: a scalar as it is, anything else as JSON. */
function cellOf(value: unknown): PointCell {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : (value as PointCell);
}

/** A parameter column's Parquet type from its values, as runs.parquet types its columns. */
function typeOf(values: readonly PointCell[]): BasicType {
  const kinds = { integers: false, fractions: false, booleans: false, strings: false };
  for (const v of values) {
    if (typeof v === 'number') kinds[Number.isSafeInteger(v) ? 'integers' : 'fractions'] = true;
    else if (typeof v === 'boolean') kinds.booleans = true;
    else if (typeof v === 'string') kinds.strings = true;
  }
  return parquetType(kinds);
}

/** Writes `<dir>/points.csv` atomically, a line at a time. */
export function writePointsCsv(dir: string, columns: readonly PointColumn[], points: number): void {
  writeFileAtomic(join(dir, POINTS_CSV), csvLines(columns, points));
}

function* csvLines(columns: readonly PointColumn[], points: number): Generator<string> {
  yield `${csvHeader(columns.map((c) => c.name))}\n`;
  for (let p = 0; p < points; p++) yield `${csvHeader(columns.map((c) => text(c.read(p))))}\n`;
}

/** A cell as runs.csv writes it (csvHeader quotes a string that needs it). */
function text(cell: PointCell): string {
  return cell === null ? '' : String(cell);
}

/**
 * Writes `<dir>/points.parquet`: the columns of points.csv, typed (INT64 counts, DOUBLE figures, a
 * parameter as its values are), every column nullable, in row groups, renamed into place once complete.
 *
 * @throws UserError naming points.parquet when it cannot be written (the partial file is removed)
 */
export async function writePointsParquet(dir: string, manifest: Manifest, columns: readonly PointColumn[], points: number): Promise<void> {
  await writeThroughPartial(join(dir, POINTS_PARQUET), async (partial) => {
    const schema = schemaFromColumnData({ columnData: columns.map((c) => ({ name: c.name, data: [], type: c.type, nullable: true })) });
    const writer = new ParquetWriter({ writer: fileWriter(partial), schema, createdBy: `geneva ${manifest.engine}` });
    for (let start = 0; start < points; start += ROW_GROUP) {
      const end = Math.min(points, start + ROW_GROUP);
      const columnData = columns.map((c) => ({ name: c.name, type: c.type, data: Array.from({ length: end - start }, (_, k) => parquetCell(c.read(start + k), c.type)) }));
      await writer.write({ columnData, rowGroupSize: end - start });
    }
    await writer.finish();
  });
}

/** A cell as its Parquet column takes it: INT64 as a bigint, anything in a string column as text. */
function parquetCell(cell: PointCell, type: BasicType): unknown {
  if (cell === null) return null;
  if (type === 'INT64') return BigInt(cell as number);
  return type === 'STRING' ? String(cell) : cell;
}
