/**
 * A batch's rows in blocks: the lines of runs.csv and runs.jsonl of consecutive runs, already
 * encoded as UTF-8. The workers format and encode each run's row as soon as its game ends and send
 * a task's rows as a few byte arrays: the main thread then only writes bytes, where it used to
 * receive, hold and encode two strings a run, taking CPU from the workers on a machine whose
 * every core runs one. (The row strings also die young this way, instead of waiting in the worker's
 * heap for the rest of the task.)
 */
import type { FormattedRow } from './runs.js';

/** The rows of runs `first` … `first + count − 1`, as the bytes of their lines in both files. */
export interface RowBlock {
  readonly first: number;
  readonly count: number;
  /** How many of these runs failed (their rows carry the error). */
  readonly failed: number;
  /** The CSV lines, each with its newline. */
  readonly csv: Uint8Array;
  /** The JSON lines, each with its newline. */
  readonly json: Uint8Array;
  /** The series.csv lines of these runs (many a run; none for a failed run), each with its newline. */
  readonly series: Uint8Array;
}

const NEWLINE = 10;

/** A growable byte buffer that text is appended to as UTF-8. */
class Utf8Sink {
  private bytes = new Uint8Array(1 << 16);
  private readonly encoder = new TextEncoder();
  length = 0;

  /** Appends `text` and a newline. */
  line(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: make room first, then encode once.
    const needed = this.length + 3 * text.length + 1;
    if (needed > this.bytes.length) this.grow(needed);
    this.length += this.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
    this.bytes[this.length++] = NEWLINE;
  }

  /** A copy of bytes `from` … `to` (the buffer itself is reused). */
  copy(from: number, to: number): Uint8Array {
    return this.bytes.slice(from, to);
  }

  private grow(needed: number): void {
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const bytes = new Uint8Array(size);
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }
}

/** An open block: where its lines start in the sinks. */
interface Open {
  first: number;
  count: number;
  failed: number;
  readonly csvFrom: number;
  readonly jsonFrom: number;
  readonly seriesFrom: number;
}

/**
 * Collects rows into blocks of consecutive runs (a run that does not follow the last one starts a
 * new block) and hands them over with {@link RowBlocks.take}.
 *
 * @example
 * const blocks = new RowBlocks();
 * blocks.add(7, { csv: '7,…', json: '{"run":7,…}' }, false);
 * blocks.add(8, row8, false);
 * blocks.take(); // [{ first: 7, count: 2, failed: 0, csv: <2 lines>, json: <2 lines>, series: <no lines> }]
 */
export class RowBlocks {
  private readonly csv = new Utf8Sink();
  private readonly json = new Utf8Sink();
  private readonly series = new Utf8Sink();
  private readonly done: RowBlock[] = [];
  private open: Open | null = null;

  /** Appends run `run`'s row, and its series.csv lines (`series`: lines joined by newlines, '' for none). */
  add(run: number, row: FormattedRow, failed: boolean, series = ''): void {
    if (this.open === null || this.open.first + this.open.count !== run) {
      this.close();
      this.open = { first: run, count: 0, failed: 0, csvFrom: this.csv.length, jsonFrom: this.json.length, seriesFrom: this.series.length };
    }
    this.csv.line(row.csv);
    this.json.line(row.json);
    if (series !== '') this.series.line(series);
    this.open.count++;
    if (failed) this.open.failed++;
  }

  /** The blocks collected since the last call, and a fresh start. */
  take(): RowBlock[] {
    this.close();
    const blocks = this.done.splice(0);
    this.csv.length = 0;
    this.json.length = 0;
    this.series.length = 0;
    return blocks;
  }

  private close(): void {
    const open = this.open;
    if (open === null) return;
    this.done.push({ first: open.first, count: open.count, failed: open.failed, csv: this.csv.copy(open.csvFrom, this.csv.length), json: this.json.copy(open.jsonFrom, this.json.length), series: this.series.copy(open.seriesFrom, this.series.length) });
    this.open = null;
  }
}
