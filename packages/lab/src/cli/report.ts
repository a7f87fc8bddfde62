/**
 * What `play` and `replay` print for a finished game: the readable account, or with `--json`
 * exactly one JSON object `{"scenario", "seed", "outcome"}` on one line.
 */
import { outcomeOf, type GameState, type Outcome } from '@geneva/engine';
import { accountLines } from './account.js';
import { printLines, writeOut } from './io.js';

/** The JSON result of a game, as printed by `--json`. */
export interface GameResult {
  readonly scenario: string;
  readonly seed: string;
  readonly outcome: Outcome;
}

/**
 * Prints a finished game on stdout: its account, or its JSON result.
 *
 * @example
 * reportGame(playGame(scenario, { seed: '7' }), { json: true }); // {"scenario":"rsa-2017","seed":"7","outcome":{…}}
 */
export function reportGame(state: GameState, options: { readonly json: boolean }): void {
  if (options.json) writeOut(`${JSON.stringify(resultOf(state))}\n`);
  else printLines(accountLines(state));
}

/** The JSON result of a game. */
export function resultOf(state: GameState): GameResult {
  return { scenario: state.scenarioId, seed: state.seed, outcome: outcomeOf(state) };
}
