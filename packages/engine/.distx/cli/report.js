/**
 * What `play` and `replay` print for a finished game: the readable account, or with `--json`
 * exactly one JSON object `{"scenario", "seed", "outcome"}` on one line.
 */
import { outcomeOf } from '../index.js';
import { accountLines } from './account.js';
import { printLines, writeOut } from './io.js';
/**
 * Prints a finished game on stdout: its account, or its JSON result.
 *
 * @example
 * reportGame(playGame(scenario, { seed: '7' }), { json: true }); // {"scenario":"rsa-2017","seed":"7","outcome":{…}}
 */
export function reportGame(state, options) {
    if (options.json)
        writeOut(`${JSON.stringify(resultOf(state))}\n`);
    else
        printLines(accountLines(state));
}
/** The JSON result of a game. */
export function resultOf(state) {
    return { scenario: state.scenarioId, seed: state.seed, outcome: outcomeOf(state) };
}
//# sourceMappingURL=report.js.map