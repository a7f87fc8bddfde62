/**
 * Reads a UTF-8 text file.
 *
 * @throws UserError (exit 2) `<file>: no such file` and the like
 */
export declare function readTextFile(file: string): string;
/**
 * Writes a file atomically: the text goes to a temporary file next to it, flushed to disk, then
 * renamed over `file`. Readers see the old file or the whole new one, never a partial file; on
 * failure the temporary file is removed.
 *
 * @throws UserError (exit 2) `<file>: cannot write: <reason>`
 */
export declare function writeFileAtomic(file: string, text: string): void;
/** Prints text on stdout as is. */
export declare function writeOut(text: string): void;
/** Prints lines on stdout, each followed by a newline. */
export declare function printLines(lines: readonly string[]): void;
/** Prints lines on stderr, each followed by a newline. */
export declare function printErrors(lines: readonly string[]): void;
/**
 * Ends quietly when the reader of stdout goes away (`geneva play rsa-2017 | head`), instead of
 * failing with an EPIPE stack trace.
 */
export declare function exitQuietlyOnBrokenPipe(): void;
