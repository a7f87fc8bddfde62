/**
 * `geneva play <scenario> [--seed N] [--seat ACTOR=STRATEGY]… [--json] [--log FILE]`: plays a
 * whole game with bots in every seat (the fast path) and prints its account or its JSON result;
 * `--log` writes the replay file.
 */
import { playGame, replayRecordOf } from '../../index.js';
import { EXIT } from '../errors.js';
import { writeFileAtomic } from '../io.js';
import { reportGame } from '../report.js';
import { loadScenario } from '../scenario-source.js';
import { seatAssignment } from '../seats.js';
/**
 * Plays a game and prints it.
 *
 * @throws UserError for an unknown scenario or bad seats (exit 2), an invalid scenario file (exit 1)
 * @example
 * playCommand('rsa-2017', { seed: '1', seat: ['usa=random'], json: true });
 */
export function playCommand(scenarioArgument, options) {
    const scenario = loadScenario(scenarioArgument);
    const seats = seatAssignment(scenario, options.seat);
    const state = playGame(scenario, { seed: options.seed, seats });
    if (options.log !== undefined)
        writeReplayFile(options.log, state);
    reportGame(state, { json: options.json });
    return EXIT.ok;
}
/** Writes the replay file of a game, atomically. */
export function writeReplayFile(file, state) {
    writeFileAtomic(file, `${JSON.stringify(replayRecordOf(state))}\n`);
}
//# sourceMappingURL=play.js.map