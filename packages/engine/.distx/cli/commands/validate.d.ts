import { type ExitCode } from '../errors.js';
/**
 * Validates every file and returns the exit code (the worst of the files').
 *
 * @example
 * validateCommand(['scenarios/rsa-2017.yaml']); // prints 'scenarios/rsa-2017.yaml: ok', returns 0
 */
export declare function validateCommand(files: readonly string[]): ExitCode;
