/**
 * Files and standard streams: reading a user's file with a one-line error when it cannot be read,
 * writing a file atomically, and printing.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError, messageOf, systemCode } from './errors.js';

/** Plain words for the system errors a user can cause. */
const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/** Why a file operation failed, in plain words. */
export function reasonOf(error: unknown): string {
  return SYSTEM_REASONS[systemCode(error) ?? ''] ?? messageOf(error);
}

/**
 * Reads a UTF-8 text file, refusing one larger than `maxBytes` before reading it (a scenario or
 * sweep file of gigabytes must not be read into memory to be told it is too large).
 *
 * @throws UserError (exit 2) `<file>: no such file`, `<file>: too large to read …` and the like
 */
export function readTextFile(file: string, maxBytes = Infinity): string {
  try {
    const size = statSync(file).size;
    if (size > maxBytes) throw new UserError(`${file}: too large to read (${(size / 2 ** 20).toFixed(1)} MB; at most ${(maxBytes / 2 ** 20).toFixed(1)} MB)`);
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: ${reasonOf(error)}`);
  }
}

/**
 * Writes a file atomically: the text (or its pieces, written one after the other, so a large file
 * never has to be one string) goes to a temporary file next to it, flushed to disk, then renamed
 * over `file`. Readers see the old file or the whole new one, never a partial file; on failure the
 * temporary file is removed.
 *
 * @throws UserError (exit 2) `<file>: cannot write: <reason>`
 */
export function writeFileAtomic(file: string, text: string | Iterable<string>): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeDurably(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = systemCode(error) === 'ENOENT' ? `no such directory ${dirname(file)}` : reasonOf(error);
    throw new UserError(`${file}: cannot write: ${reason}`);
  }
}

/**
 * Builds a file with a writer that needs a path of its own (a Parquet writer): it writes
 * `<file>.partial`, renamed over `file` once complete, so a reader never sees half a file; on
 * failure the partial file is removed.
 *
 * @throws UserError: the writer's own (naming its input), or `<file>: cannot write: <reason>`
 */
export async function writeThroughPartial<T>(file: string, write: (partial: string) => Promise<T>): Promise<T> {
  const partial = `${file}.partial`;
  try {
    const result = await write(partial);
    renameSync(partial, file);
    return result;
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: cannot write: ${reasonOf(error)}`);
  }
}

/**
 * Creates a directory (and its parents) if it does not exist.
 *
 * @throws UserError (exit 2) `<dir>: cannot create: <reason>`
 */
export function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`${dir}: cannot create: ${systemCode(error) === 'EEXIST' ? 'a file of that name exists' : reasonOf(error)}`);
  }
}

/** Writes a new file and flushes it to disk before closing it. */
function writeDurably(file: string, text: string | Iterable<string>): void {
  const fd = openSync(file, 'wx', 0o644);
  try {
    if (typeof text === 'string') writeFileSync(fd, text);
    else for (const piece of text) writeFileSync(fd, piece);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Prints text on stdout as is. */
export function writeOut(text: string): void {
  process.stdout.write(text);
}

/** Prints lines on stdout, each followed by a newline. */
export function printLines(lines: readonly string[]): void {
  if (lines.length > 0) writeOut(`${lines.join('\n')}\n`);
}

/** Prints lines on stderr, each followed by a newline. */
export function printErrors(lines: readonly string[]): void {
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * Ends quietly when the reader of stdout goes away (`geneva play rsa-2017 | head`), instead of
 * failing with an EPIPE stack trace.
 */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on('error', (error) => {
    if (systemCode(error) === 'EPIPE') process.exit(0);
    throw error;
  });
}
