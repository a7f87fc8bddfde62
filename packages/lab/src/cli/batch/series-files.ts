/**
 * The series files of a batch folder made once every run is in: series-summary.csv (always) and
 * series.parquet (with `--parquet`), both from series.csv, read a line at a time, and both renamed
 * into place only when complete.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ParquetWriter, fileWriter, schemaFromColumnData } from 'hyparquet-writer';
import { SERIES_COLUMNS } from '../../batch/series-rows.js';
import { SERIES_SUMMARY_COLUMNS, SeriesSummarizer } from '../../batch/series-summary.js';
import { UserError } from '../errors.js';
import { reasonOf, writeFileAtomic, writeThroughPartial } from '../io.js';
import { SERIES } from './run-files.js';

/** The summary of series.csv, per point. */
export const SERIES_SUMMARY = 'series-summary.csv';
/** series.csv as Parquet. */
export const SERIES_PARQUET = 'series.parquet';
const ROW_GROUP = 100_000;

/** The lines of `<dir>/series.csv` after its header, one at a time. */
async function* seriesLines(dir: string): AsyncGenerator<string> {
  const file = join(dir, SERIES);
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let header = true;
  try {
    for await (const line of lines) {
      if (header) {
        if (line !== SERIES_COLUMNS.join(',')) throw new UserError(`${file}: line 1: not the header of series.csv (${SERIES_COLUMNS.join(',')})`);
        header = false;
      } else if (line !== '') yield line;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: cannot read: ${reasonOf(error)}`);
  }
}

/**
 * Writes `<dir>/series-summary.csv` from `<dir>/series.csv`.
 *
 * @throws UserError naming series.csv (unreadable, a line that is not a series line or out of run order) or series-summary.csv
 */
export async function writeSeriesSummary(dir: string): Promise<void> {
  const summarizer = new SeriesSummarizer();
  const out: string[] = [`${SERIES_SUMMARY_COLUMNS.join(',')}\n`];
  let number = 1;
  for await (const line of seriesLines(dir)) {
    number++;
    try {
      for (const summary of summarizer.add(line)) out.push(`${summary}\n`);
    } catch (error) {
      throw new UserError(`${join(dir, SERIES)}: line ${number}: ${reasonOf(error)}`);
    }
  }
  for (const summary of summarizer.finish()) out.push(`${summary}\n`);
  writeFileAtomic(join(dir, SERIES_SUMMARY), out);
}

/**
 * Writes `<dir>/series.parquet` from series.csv: run, point, replication and t as INT64, clock and
 * quantity as STRING, value as DOUBLE, in row groups of 100,000 lines.
 *
 * @returns the number of rows written
 * @throws UserError naming series.csv or series.parquet; the partial file is removed
 */
export async function writeSeriesParquet(dir: string): Promise<number> {
  const types = ['INT64', 'INT64', 'INT64', 'STRING', 'INT64', 'STRING', 'DOUBLE'] as const;
  const schema = schemaFromColumnData({ columnData: SERIES_COLUMNS.map((name, k) => ({ name, data: [], type: types[k]!, nullable: false })) });
  return writeThroughPartial(join(dir, SERIES_PARQUET), async (partial) => {
    const writer = new ParquetWriter({ writer: fileWriter(partial), schema });
    let group: unknown[][] = SERIES_COLUMNS.map(() => []);
    let rows = 0;
    const flush = async () => {
      if (group[0]!.length === 0) return;
      await writer.write({ columnData: SERIES_COLUMNS.map((name, k) => ({ name, data: group[k]!, type: types[k]! })), rowGroupSize: group[0]!.length });
      group = SERIES_COLUMNS.map(() => []);
    };
    for await (const line of seriesLines(dir)) {
      const cells = line.split(',');
      cells.forEach((cell, k) => group[k]!.push(types[k] === 'INT64' ? BigInt(cell) : types[k] === 'DOUBLE' ? Number(cell) : cell));
      if (++rows % ROW_GROUP === 0) await flush();
    }
    await flush();
    await writer.finish();
    return rows;
  });
}
