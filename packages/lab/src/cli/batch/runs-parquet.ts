/**
 * runs.parquet: the batch's rows as a typed, compressed Parquet file, for analysts whose batches
 * outgrow CSV (pandas `read_parquet`, R `arrow::read_parquet`, polars, DuckDB). runs.jsonl stays
 * the record that is streamed and resumed; the Parquet file is made from it once every run is in,
 * in two passes that keep memory flat (the first finds each column's type, the second writes row
 * groups), and renamed into place only when complete, so a crash never leaves half a file.
 */
import { join } from 'node:path';
import { ParquetWriter, fileWriter, schemaFromColumnData, type BasicType } from 'hyparquet-writer';
import { writeThroughPartial } from '../io.js';
import type { Manifest } from './manifest.js';
import { readRows } from './run-files.js';

/** The Parquet file of a batch folder. */
export const PARQUET = 'runs.parquet';
/** Rows per row group: large enough for good compression, small enough to keep memory flat. */
const ROW_GROUP = 10_000;

/** How runs.parquet is cut. */
export interface ParquetOptions {
  /** Rows per row group (default 10,000). */
  readonly rowGroup?: number;
}

/** What a column held over every row (null cells aside). */
interface ColumnKinds {
  integers: boolean;
  fractions: boolean;
  booleans: boolean;
  strings: boolean;
}

/**
 * The Parquet type of a column from what it held: integers only → INT64, numbers → DOUBLE,
 * booleans → BOOLEAN, anything else (strings, a mix, nothing but empty cells) → STRING.
 *
 * @example
 * parquetType({ integers: true, fractions: true, booleans: false, strings: false }); // 'DOUBLE'
 */
export function parquetType(kinds: Readonly<ColumnKinds>): BasicType {
  const numbers = kinds.integers || kinds.fractions;
  if (kinds.strings || (numbers && kinds.booleans)) return 'STRING';
  if (kinds.booleans) return 'BOOLEAN';
  if (kinds.fractions) return 'DOUBLE';
  return kinds.integers ? 'INT64' : 'STRING';
}

/**
 * Writes `<dir>/runs.parquet` from `<dir>/runs.jsonl`, one column per batch column, every column
 * nullable (a failed run has no outcome). The file's key-value metadata `geneva.batch` holds what
 * the manifest says of the batch (engine, scenario and hash, sweep hash, seed, runs, shard).
 *
 * @returns the number of rows written
 * @throws UserError naming runs.jsonl (unreadable, a line not a row) or runs.parquet (cannot write); the partial file is removed
 * @example
 * await writeRunsParquet('batch-rsa-2017', manifest); // 1000
 */
export async function writeRunsParquet(dir: string, manifest: Manifest, options: ParquetOptions = {}): Promise<number> {
  const types = await columnTypes(dir, manifest.columns);
  return writeThroughPartial(join(dir, PARQUET), (partial) => writeRowGroups(dir, partial, manifest, types, options.rowGroup ?? ROW_GROUP));
}

/** Pass one: each column's type from every row. */
async function columnTypes(dir: string, columns: readonly string[]): Promise<BasicType[]> {
  const kinds = columns.map(() => ({ integers: false, fractions: false, booleans: false, strings: false }));
  for await (const row of readRows(dir))
    columns.forEach((column, k) => {
      const value = row[column];
      const seen = kinds[k]!;
      if (typeof value === 'number') {
        if (Number.isSafeInteger(value)) seen.integers = true;
        else seen.fractions = true;
      } else if (typeof value === 'boolean') seen.booleans = true;
      else if (typeof value === 'string') seen.strings = true;
    });
  return kinds.map(parquetType);
}

/** Pass two: the rows, a row group at a time. */
async function writeRowGroups(dir: string, file: string, manifest: Manifest, types: readonly BasicType[], rowGroup: number): Promise<number> {
  const columns = manifest.columns;
  const schema = schemaFromColumnData({ columnData: columns.map((name, k) => ({ name, data: [], type: types[k]!, nullable: true })) });
  const writer = new ParquetWriter({ writer: fileWriter(file), schema, kvMetadata: [{ key: 'geneva.batch', value: JSON.stringify(provenance(manifest)) }], createdBy: `geneva ${manifest.engine}` });
  let group: unknown[][] = columns.map(() => []);
  let rows = 0;
  const flush = async () => {
    const count = group[0]?.length ?? 0;
    if (count === 0) return;
    await writer.write({ columnData: columns.map((name, k) => ({ name, data: group[k]!.map((v) => cellFor(v, types[k]!)), type: types[k]! })), rowGroupSize: count });
    group = columns.map(() => []);
  };
  for await (const row of readRows(dir)) {
    columns.forEach((column, k) => group[k]!.push(row[column] ?? null));
    if (++rows % rowGroup === 0) await flush();
  }
  await flush();
  await writer.finish();
  return rows;
}

/** A cell as its column's type takes it: INT64 as a bigint, numbers and booleans in a string column as their text. */
function cellFor(value: unknown, type: BasicType): unknown {
  if (value === null) return null;
  if (type === 'INT64') return BigInt(value as number);
  return type === 'STRING' && typeof value !== 'string' ? String(value) : value;
}

/** The batch as the Parquet file's metadata tells it: enough to find and check its manifest. */
function provenance(manifest: Manifest): Record<string, unknown> {
  return {
    format: manifest.format,
    engine: manifest.engine,
    scenario: { id: manifest.scenario.id, hash: manifest.scenario.hash },
    sweep: manifest.sweep === null ? null : { file: manifest.sweep.file, hash: manifest.sweep.hash },
    seed: manifest.seed,
    runs: manifest.runs,
    seeds: manifest.seeds,
    ...(manifest.shard === undefined ? {} : { shard: manifest.shard }),
  };
}
