/**
 * The `geneva` command: wiring of the commands (commander), and the mapping of every failure to a
 * one-line message and an exit code (0 ok, 1 invalid input, 2 usage error, 70 internal error).
 * `bin/geneva.js` runs the compiled file; `tsx src/cli/main.ts` runs it from source.
 */
import { Command } from 'commander';
import { type ExitCode } from './errors.js';
/**
 * Builds the command line program; each action reports its exit code through `done`.
 *
 * @example
 * buildProgram((code) => (exitCode = code)).parse(['play', 'rsa-2017'], { from: 'user' });
 */
export declare function buildProgram(done: (code: ExitCode) => void): Command;
/**
 * Runs the command line and returns the exit code. Never throws.
 *
 * @example
 * process.exitCode = run(process.argv.slice(2));
 */
export declare function run(args: readonly string[]): ExitCode;
