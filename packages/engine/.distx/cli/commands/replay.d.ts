/**
 * `geneva replay <file> [--json] [--scenario <scenario>]`: replays a replay file step by step
 * against its scenario (the shipped one of its id, or `--scenario`). Prints what `play` printed
 * and exits 0 when the game goes the same way; names the first divergence and exits 1 otherwise;
 * exits 2 for a file that is not a readable replay file.
 */
import { type ReplayRecord } from '../../index.js';
import { type ExitCode } from '../errors.js';
/** The options of `geneva replay`. */
export interface ReplayOptions {
    /** Print the JSON result instead of the account. */
    readonly json: boolean;
    /** The scenario to replay against (file or shipped id), instead of the record's shipped one. */
    readonly scenario?: string;
}
/**
 * Replays a file and prints the game, or its divergence.
 *
 * @throws UserError (exit 2) for a missing, foreign or corrupt file or an unknown scenario
 * @example
 * replayCommand('game.replay.json', { json: true });
 */
export declare function replayCommand(file: string, options: ReplayOptions): ExitCode;
/**
 * Reads and checks a replay file.
 *
 * @throws UserError (exit 2) `<file>: <reason>` when it is not a Geneva replay file
 */
export declare function readReplayFile(file: string): ReplayRecord;
