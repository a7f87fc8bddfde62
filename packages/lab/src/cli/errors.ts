/**
 * User errors and exit codes. A user's mistake (a bad flag, a missing file, an unknown scenario, an
 * invalid scenario) is one plain line on stderr and a documented exit code, never a stack trace.
 */

/** The exit codes of the `geneva` command. */
export const EXIT = {
  /** Everything went as asked. */
  ok: 0,
  /** The input was read but is wrong: an invalid scenario, a replay that diverged. */
  invalid: 1,
  /** The command line is wrong: a bad flag, a missing argument or file, an unknown id. */
  usage: 2,
  /** A bug in Geneva (an unexpected exception); EX_SOFTWARE of sysexits.h. */
  internal: 70,
} as const;

/** An exit code of the `geneva` command. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A mistake of the user's: its lines are printed on stderr as they are (no stack trace), then the
 * command exits with `code`.
 *
 * @example
 * throw new UserError(`${file}: no such file`);
 * throw new UserError(problems.map(formatProblem), EXIT.invalid);
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** The lines to print on stderr, each already complete. */
  readonly lines: readonly string[];

  constructor(
    lines: string | readonly string[],
    readonly code: ExitCode = EXIT.usage,
  ) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.lines = all;
  }
}

/** The message of anything thrown, on one line. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The Node error code of a system error (`ENOENT`, `EACCES`…), if it has one. */
export function systemCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
