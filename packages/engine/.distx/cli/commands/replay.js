/**
 * `geneva replay <file> [--json] [--scenario <scenario>]`: replays a replay file step by step
 * against its scenario (the shipped one of its id, or `--scenario`). Prints what `play` printed
 * and exits 0 when the game goes the same way; names the first divergence and exits 1 otherwise;
 * exits 2 for a file that is not a readable replay file.
 */
import { contentHash, isOver, replay, replayFileProblem } from '../../index.js';
import { EXIT, UserError, messageOf } from '../errors.js';
import { printErrors, readTextFile } from '../io.js';
import { reportGame } from '../report.js';
import { loadScenario, loadShippedScenario } from '../scenario-source.js';
/**
 * Replays a file and prints the game, or its divergence.
 *
 * @throws UserError (exit 2) for a missing, foreign or corrupt file or an unknown scenario
 * @example
 * replayCommand('game.replay.json', { json: true });
 */
export function replayCommand(file, options) {
    const record = readReplayFile(file);
    const scenario = options.scenario === undefined ? loadShippedScenario(record.scenario.id, file) : loadScenario(options.scenario);
    warnOnOtherScenario(file, scenario, record);
    const result = replaySafely(file, scenario, record);
    if (!result.ok) {
        printErrors([divergenceLine(file, result.divergence)]);
        return EXIT.invalid;
    }
    if (!isOver(result.state)) {
        printErrors([`${file}: diverged at step ${result.state.flow.step.index}: the record ends before the game does`]);
        return EXIT.invalid;
    }
    reportGame(result.state, { json: options.json });
    return EXIT.ok;
}
/**
 * Reads and checks a replay file.
 *
 * @throws UserError (exit 2) `<file>: <reason>` when it is not a Geneva replay file
 */
export function readReplayFile(file) {
    const text = readTextFile(file);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new UserError(`${file}: not a Geneva replay file (not JSON: ${messageOf(error)})`);
    }
    const problem = replayFileProblem(data);
    if (problem !== null)
        throw new UserError(`${file}: ${problem}`);
    return data;
}
/** Warns on stderr when the scenario is not the one the record was made with. */
function warnOnOtherScenario(file, scenario, record) {
    const hash = contentHash(scenario);
    if (scenario.id !== record.scenario.id)
        printErrors([`geneva: warning: ${file}: recorded with scenario ${record.scenario.id}, replayed with ${scenario.id}`]);
    else if (hash !== record.scenario.hash)
        printErrors([`geneva: warning: ${file}: scenario ${scenario.id} has changed since the recording (content hash ${hash}, recorded ${record.scenario.hash})`]);
}
/** Replays, turning an engine exception on malformed recorded data into a user error. */
function replaySafely(file, scenario, record) {
    try {
        return replay(scenario, record);
    }
    catch (error) {
        throw new UserError(`${file}: corrupt replay file (${messageOf(error)})`);
    }
}
/** `<file>: diverged at step N: <reason>`, or `<file>: outcome differs: <reason>`. */
function divergenceLine(file, divergence) {
    return divergence.step < 0 ? `${file}: outcome differs: ${divergence.reason}` : `${file}: diverged at step ${divergence.step}: ${divergence.reason}`;
}
//# sourceMappingURL=replay.js.map