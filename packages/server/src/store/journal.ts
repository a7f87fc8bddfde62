/**
 * A game's journal on disk: an append-only JSONL file, `<data>/<gameId>.jsonl`. A record is
 * written (one `write` of one whole line) before the server acts on it, so a crash loses at most
 * the action in flight; a half-written last line is ignored on reading. Append-only files need no
 * database and are readable with `jq` in a debrief.
 */
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionRecord, CreateRecord, JournalRecord } from './records.js';

/** The journal files' extension. */
const EXTENSION = '.jsonl';

/** A journal read back: its creation record, its actions, and whether a torn last line was dropped. */
export interface JournalContents {
  readonly gameId: string;
  readonly create: CreateRecord;
  readonly actions: readonly ActionRecord[];
  readonly tornTail: boolean;
  /** The length in bytes of the complete lines (where the next record must start). */
  readonly validBytes: number;
}

/** The append side of one journal. */
export class Journal {
  private fd: number | null;

  private constructor(
    readonly path: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Creates a new journal whose first line is `create` (fails if the file exists). */
  static create(dir: string, create: CreateRecord): Journal {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${create.gameId}${EXTENSION}`);
    const journal = new Journal(path, openSync(path, 'wx'));
    journal.append(create);
    // The creation holds the only copy of the seat hashes: make it durable at once.
    fsyncSync(journal.fd!);
    return journal;
  }

  /**
   * Opens an existing journal for appending, cutting a torn last line off first (`cutAt`: the bytes
   * of its complete lines), else the next record would be glued to it and both lost.
   */
  static reopen(path: string, cutAt?: number): Journal {
    if (cutAt !== undefined) {
      const fd = openSync(path, 'r+');
      ftruncateSync(fd, cutAt);
      closeSync(fd);
    }
    return new Journal(path, openSync(path, 'a'));
  }

  /**
   * Appends one record as one line. A single synchronous write: the line reaches the OS before the
   * server acts on it, so even a SIGKILL right after leaves it on disk.
   */
  append(record: JournalRecord): void {
    if (this.fd === null) throw new Error(`journal ${this.path} is closed`);
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
  }

  /** Closes the file. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * Cuts a journal before its action number `index` (0: the first line after the creation): that line
 * and every one after it are copied, untouched, to `<path>.set-aside-<time>` (kept, never deleted),
 * then the journal is truncated, so that what is appended next follows the last record that
 * applies (appended after a record the game never reached, it would be lost at the next restart).
 *
 * @returns the set-aside file's path
 */
export function setAside(path: string, index: number, now: number): string {
  const text = readFileSync(path, 'utf8');
  let cut = 0;
  for (let line = 0; line <= index; line++) cut = text.indexOf('\n', cut) + 1;
  const aside = `${path}.set-aside-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  writeFileSync(aside, text.slice(cut), { flag: 'wx' });
  const fd = openSync(path, 'r+');
  ftruncateSync(fd, Buffer.byteLength(text.slice(0, cut)));
  fsyncSync(fd);
  closeSync(fd);
  return aside;
}

/** The journal files of a data folder (none when it does not exist yet). */
export function journalFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(EXTENSION))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/**
 * Reads a journal. A last line without its newline is a torn write (a crash mid-write) and is
 * dropped; a line in the middle that does not parse means the file was damaged by something else,
 * and the game is not loaded rather than resumed from a guess.
 *
 * @throws Error when the first line is not a creation record, or a middle line is damaged
 */
export function readJournal(path: string): JournalContents {
  const text = readFileSync(path, 'utf8');
  const end = text.lastIndexOf('\n') + 1;
  const lines = text.slice(0, end).split('\n');
  lines.pop(); // the '' after the last newline
  const records: JournalRecord[] = [];
  for (const [i, line] of lines.entries()) {
    try {
      records.push(JSON.parse(line) as JournalRecord);
    } catch {
      throw new Error(`${path}:${i + 1}: damaged line`);
    }
  }
  const first = records[0];
  if (first?.t !== 'create') throw new Error(`${path}: the first line is not a game creation`);
  return {
    gameId: first.gameId,
    create: first,
    actions: records.slice(1) as ActionRecord[],
    tornTail: end < text.length,
    validBytes: Buffer.byteLength(text.slice(0, end)),
  };
}
