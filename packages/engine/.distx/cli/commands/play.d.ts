/**
 * `geneva play <scenario> [--seed N] [--seat ACTOR=STRATEGY]… [--json] [--log FILE]`: plays a
 * whole game with bots in every seat (the fast path) and prints its account or its JSON result;
 * `--log` writes the replay file.
 */
import { type GameState } from '../../index.js';
import { type ExitCode } from '../errors.js';
/** The options of `geneva play`. */
export interface PlayOptions {
    /** The seed, used as a string. */
    readonly seed: string;
    /** `ACTOR=STRATEGY` overrides of the scenario's seats. */
    readonly seat: readonly string[];
    /** Print the JSON result instead of the account. */
    readonly json: boolean;
    /** Where to write the replay file. */
    readonly log?: string;
}
/**
 * Plays a game and prints it.
 *
 * @throws UserError for an unknown scenario or bad seats (exit 2), an invalid scenario file (exit 1)
 * @example
 * playCommand('rsa-2017', { seed: '1', seat: ['usa=random'], json: true });
 */
export declare function playCommand(scenarioArgument: string, options: PlayOptions): ExitCode;
/** Writes the replay file of a game, atomically. */
export declare function writeReplayFile(file: string, state: GameState): void;
