/**
 * `geneva play <scenario> [--seed N] [--seat ACTOR=STRATEGY]… [--json] [--log FILE]`: plays a
 * whole game with bots in every seat (the fast path) and prints its account or its JSON result;
 * `--log` writes the replay file.
 */
import { performance } from 'node:perf_hooks';
import { playGame, replayRecordOf, type GameState } from '@geneva/engine';
import { EXIT, type ExitCode } from '../errors.js';
import { writeFileAtomic } from '../io.js';
import { reportGame } from '../report.js';
import { isShippedAsIs, loadScenario } from '../scenario-source.js';
import { seatAssignment } from '../seats.js';
import { withGameStrategies, type FileLoading } from '../strategy-files.js';

/** The options of `geneva play`. */
export interface PlayOptions {
  /** The seed, used as a string. */
  readonly seed: string;
  /** `ACTOR=STRATEGY` overrides of the scenario's seats (a built-in id or a strategy file). */
  readonly seat: readonly string[];
  /** Print the JSON result instead of the account. */
  readonly json: boolean;
  /** Where to write the replay file. */
  readonly log?: string;
  /** Milliseconds a bot may take per decision. */
  readonly budgetMs: number;
  /** How strategy files run: sandboxed (with the budget as their time limit) or trusted. */
  readonly loading: FileLoading;
}

/**
 * Plays a game and prints it.
 *
 * @throws UserError for an unknown scenario or bad seats (exit 2), an invalid scenario file (exit 1)
 * @example
 * await playCommand('rsa-2017', { seed: '1', seat: ['usa=random', 'rus=./my-strategy.ts'], json: true, budgetMs: 1000 });
 */
export async function playCommand(scenarioArgument: string, options: PlayOptions): Promise<ExitCode> {
  const scenario = loadScenario(scenarioArgument);
  const { seats, files } = await seatAssignment(scenario, options.seat, options.loading);
  const state = withGameStrategies(files, (strategies) => playGame(scenario, { seed: options.seed, seats, strategies, budget: { ms: options.budgetMs, clock: () => performance.now() } }));
  // A game of a scenario that is not shipped as is carries its scenario, so the browser client can open it.
  if (options.log !== undefined) writeReplayFile(options.log, state, { embedScenario: !isShippedAsIs(scenario) });
  reportGame(state, { json: options.json });
  return EXIT.ok;
}

/** Writes the replay file of a game, atomically (with the scenario in it when `embedScenario`). */
export function writeReplayFile(file: string, state: GameState, options: { readonly embedScenario?: boolean } = {}): void {
  writeFileAtomic(file, `${JSON.stringify(replayRecordOf(state, options))}\n`);
}
