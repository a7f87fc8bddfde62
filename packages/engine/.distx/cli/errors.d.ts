/**
 * User errors and exit codes. A user's mistake (a bad flag, a missing file, an unknown scenario, an
 * invalid scenario) is one plain line on stderr and a documented exit code, never a stack trace.
 */
/** The exit codes of the `geneva` command. */
export declare const EXIT: {
    /** Everything went as asked. */
    readonly ok: 0;
    /** The input was read but is wrong: an invalid scenario, a replay that diverged. */
    readonly invalid: 1;
    /** The command line is wrong: a bad flag, a missing argument or file, an unknown id. */
    readonly usage: 2;
    /** A bug in Geneva (an unexpected exception); EX_SOFTWARE of sysexits.h. */
    readonly internal: 70;
};
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
export declare class UserError extends Error {
    readonly code: ExitCode;
    readonly name = "UserError";
    /** The lines to print on stderr, each already complete. */
    readonly lines: readonly string[];
    constructor(lines: string | readonly string[], code?: ExitCode);
}
/** The message of anything thrown, on one line. */
export declare function messageOf(error: unknown): string;
/** The Node error code of a system error (`ENOENT`, `EACCES`…), if it has one. */
export declare function systemCode(error: unknown): string | undefined;
