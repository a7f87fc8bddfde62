/**
 * runs.csv and runs.jsonl: each run is appended to both as soon as every run before it is (results
 * come back from the workers in any order; a small buffer puts them in run order), so the files are
 * the same whatever the number of workers, a crash loses only the runs in flight, and a resumed
 * batch finds runs 0 … k−1 complete on disk. Memory stays flat: nothing is kept once written.
 */
import { closeSync, createReadStream, existsSync, ftruncateSync, openSync, readSync, writeSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Cell } from '@geneva/engine';
import { csvHeader } from '../../index.js';
import type { RowBlock } from '../../batch/row-blocks.js';
import { SERIES_COLUMNS } from '../../batch/series-rows.js';
import { UserError, messageOf } from '../errors.js';
import { reasonOf } from '../io.js';
import { manifestPath } from './manifest.js';

/** A row of a batch, in column order. */
export type Row = Readonly<Record<string, Cell | null>>;

const CSV = 'runs.csv';
const JSONL = 'runs.jsonl';
/** The series of every run, in long format (series-rows.ts), in run order like the run files. */
export const SERIES = 'series.csv';
/** The run files of a batch folder. */
export const RUN_FILES = [CSV, JSONL] as const;
const READ_CHUNK = 1 << 20;

/**
 * The rows of a batch folder's runs.jsonl, one at a time (memory stays flat).
 *
 * @throws UserError `<dir>/runs.jsonl: line N: not a row (<reason>)`, or the file's read error
 * @example
 * for await (const row of readRows('batch-rsa-2017')) console.log(row['inForce']);
 */
export async function* readRows(dir: string): AsyncGenerator<Row> {
  const file = join(dir, JSONL);
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (line !== '') yield rowOf(line, file, number);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: cannot read: ${reasonOf(error)}`);
  }
}

function rowOf(line: string, file: string, number: number): Row {
  try {
    const row: unknown = JSON.parse(line);
    if (typeof row === 'object' && row !== null && !Array.isArray(row)) return row as Row;
    throw new Error('expected an object');
  } catch (error) {
    throw new UserError(`${file}: line ${number}: not a row (${messageOf(error)})`);
  }
}

/** The run files of a batch folder and series.csv, open for appending in run order. */
export class RunFiles {
  /** Blocks of rows waiting for the runs before them, by their first run. */
  private readonly pending = new Map<number, RowBlock>();

  private constructor(
    private readonly csv: number,
    private readonly jsonl: number,
    private readonly series: number,
    private next: number,
  ) {}

  /**
   * Creates the files (with the CSV header) in `dir`, for runs from `first` on (a shard's first run).
   *
   * @throws UserError when they exist already or cannot be written
   */
  static create(dir: string, columns: readonly string[], first = 0): RunFiles {
    const csv = openNew(join(dir, CSV));
    const jsonl = openNew(join(dir, JSONL));
    const series = openNew(join(dir, SERIES));
    writeSync(csv, `${csvHeader(columns)}\n`);
    writeSync(series, `${SERIES_COLUMNS.join(',')}\n`);
    return new RunFiles(csv, jsonl, series, first);
  }

  /**
   * Opens the files of an interrupted batch whose runs start at `first` (0, or a shard's first run):
   * keeps the runs complete in both (first … k−1), cuts whatever follows (a run half-written when the
   * process was killed), and continues at run k. series.csv keeps the lines of runs before k: it is
   * written before the run files, so it holds every line of those runs.
   *
   * @throws UserError when a file is missing or its rows are not runs first, first + 1… in order
   */
  static resume(dir: string, first = 0): { files: RunFiles; done: number } {
    const { done, csvLines, jsonlLines } = completeRuns(dir, first);
    const [csvPath, jsonlPath, seriesPath] = [join(dir, CSV), join(dir, JSONL), join(dir, SERIES)];
    if (!existsSync(seriesPath)) throw new UserError(`${seriesPath}: missing; start the batch again in a new folder`);
    // The header, then the lines of the runs kept.
    const seriesLines = completeLines(seriesPath, (line, k) => k === 0 || Number(line.slice(0, line.indexOf(','))) < first + done);
    for (const [path, size] of [[csvPath, csvLines.ends[done]!], [jsonlPath, done === 0 ? 0 : jsonlLines.ends[done - 1]!], [seriesPath, seriesLines.ends[seriesLines.valid - 1] ?? 0]] as const) {
      const fd = openSync(path, 'r+');
      ftruncateSync(fd, size);
      closeSync(fd);
    }
    const series = openSync(seriesPath, 'a');
    if (seriesLines.valid === 0) writeSync(series, `${SERIES_COLUMNS.join(',')}\n`);
    return { files: new RunFiles(openSync(csvPath, 'a'), openSync(jsonlPath, 'a'), series, first + done), done: first + done };
  }

  /** Takes a block of rows, to be written by the next {@link flush} once every run before it is in. */
  add(block: RowBlock): void {
    this.pending.set(block.first, block);
  }

  /**
   * Appends every block whose turn has come: one write per file for all of them, series.csv first
   * (a run complete in the run files then has all its series lines, which resuming relies on).
   */
  flush(): void {
    const csv: Uint8Array[] = [];
    const jsonl: Uint8Array[] = [];
    const series: Uint8Array[] = [];
    for (let block = this.pending.get(this.next); block !== undefined; block = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      csv.push(block.csv);
      jsonl.push(block.json);
      if (block.series.length > 0) series.push(block.series);
      this.next += block.count;
    }
    if (csv.length === 0) return;
    if (series.length > 0) writeAll(this.series, series);
    writeAll(this.csv, csv);
    writeAll(this.jsonl, jsonl);
  }

  /** Runs written so far. */
  get written(): number {
    return this.next;
  }

  /** Closes the files. */
  close(): void {
    closeSync(this.csv);
    closeSync(this.jsonl);
    closeSync(this.series);
  }
}

/**
 * How many runs, from `first` on, both run files of `dir` hold complete and in order.
 *
 * @throws UserError when a file is missing or runs.csv has no header
 */
export function writtenRuns(dir: string, first = 0): number {
  return completeRuns(dir, first).done;
}

function completeRuns(dir: string, first: number): { done: number; csvLines: { ends: number[] }; jsonlLines: { ends: number[] } } {
  const csvPath = join(dir, CSV);
  const jsonlPath = join(dir, JSONL);
  for (const path of [csvPath, jsonlPath]) if (!existsSync(path)) throw new UserError(`${path}: missing; this folder holds no batch`);
  const csvLines = completeLines(csvPath, () => true);
  const jsonlLines = completeLines(jsonlPath, (line, k) => runOf(line) === first + k);
  if (csvLines.ends.length === 0) throw new UserError(`${csvPath}: no header; start the batch again in a new folder`);
  return { done: Math.min(csvLines.ends.length - 1, jsonlLines.valid), csvLines, jsonlLines };
}

/**
 * Appends to `to` the bytes of the file `from`, after its first `skipLines` lines, a megabyte at a
 * time (memory stays flat whatever the size).
 */
export function appendFileFrom(to: number, from: string, skipLines = 0): void {
  const fd = openSync(from, 'r');
  try {
    const chunk = Buffer.alloc(READ_CHUNK);
    let skip = skipLines;
    for (let read = readSync(fd, chunk, 0, READ_CHUNK, null); read > 0; read = readSync(fd, chunk, 0, READ_CHUNK, null)) {
      let start = 0;
      while (skip > 0 && start < read) {
        const nl = chunk.indexOf(10, start);
        if (nl < 0 || nl >= read) {
          start = read;
          break;
        }
        start = nl + 1;
        skip--;
      }
      if (start < read) writeAll(to, [chunk.subarray(start, read)]);
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes every byte of `buffers`, in order (writev may write less than asked). */
function writeAll(fd: number, buffers: Uint8Array[]): void {
  let rest = buffers;
  for (;;) {
    let written = writevSync(fd, rest);
    let k = 0;
    while (k < rest.length && written >= rest[k]!.length) written -= rest[k++]!.length;
    if (k === rest.length) return;
    rest = [rest[k]!.subarray(written), ...rest.slice(k + 1)];
  }
}

/**
 * What a folder about to receive a new batch already holds of one: `manifest.json` (a batch), a stray
 * run file (the remains of something else), or null when nothing stands in the way.
 */
export function batchFileIn(dir: string): 'manifest.json' | (typeof RUN_FILES)[number] | null {
  if (existsSync(manifestPath(dir))) return 'manifest.json';
  return RUN_FILES.find((file) => existsSync(join(dir, file))) ?? null;
}

function openNew(path: string): number {
  try {
    return openSync(path, 'wx');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UserError(`${path}: ${code === 'EEXIST' ? 'exists already (use --resume to continue that batch, or another --out)' : `cannot write (${code ?? String(error)})`}`);
  }
}

/** The byte offset after each complete line, and how many leading lines pass `valid`. */
function completeLines(path: string, valid: (line: string, index: number) => boolean): { ends: number[]; valid: number } {
  const fd = openSync(path, 'r');
  const ends: number[] = [];
  let good = 0;
  let stillGood = true;
  let carry = Buffer.alloc(0);
  let offset = 0;
  try {
    const chunk = Buffer.alloc(READ_CHUNK);
    for (let read = readSync(fd, chunk, 0, READ_CHUNK, null); read > 0; read = readSync(fd, chunk, 0, READ_CHUNK, null)) {
      let text = Buffer.concat([carry, chunk.subarray(0, read)]);
      let start = 0;
      for (let nl = text.indexOf(10, start); nl >= 0; nl = text.indexOf(10, start)) {
        const line = text.subarray(start, nl).toString('utf8');
        ends.push(offset + nl + 1);
        if (stillGood && valid(line, ends.length - 1)) good++;
        else stillGood = false;
        start = nl + 1;
      }
      offset += start;
      text = text.subarray(start);
      carry = Buffer.from(text);
    }
  } finally {
    closeSync(fd);
  }
  return { ends, valid: good };
}

function runOf(line: string): number | undefined {
  try {
    const row = JSON.parse(line) as { run?: unknown };
    return typeof row.run === 'number' ? row.run : undefined;
  } catch {
    return undefined;
  }
}
