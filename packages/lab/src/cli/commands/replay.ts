/**
 * `geneva replay <file> [--json] [--scenario <scenario>] [--seat ACTOR=STRATEGY]…`: replays a replay
 * file step by step against its scenario (the shipped one of its id, or `--scenario`). Prints what
 * `play` printed and exits 0 when the game goes the same way; names the first divergence and exits
 * 1 otherwise; exits 2 for a file that is not a readable replay file. With `--seat`, that seat's
 * strategy (a built-in or a file) decides again instead of its recorded sheets being fed back, and
 * the first step where it decides otherwise is the divergence: a regression check of a strategy.
 */
import { contentHash, isOver, replay, replayFileProblem, validateScenario, type Divergence, type ReplayRecord, type ReplayResult, type Scenario, type Strategy } from '@geneva/engine';
import { EXIT, UserError, messageOf, type ExitCode } from '../errors.js';
import { printErrors, readTextFile } from '../io.js';
import { reportGame } from '../report.js';
import { loadScenario, loadShippedScenario } from '../scenario-source.js';
import { seatAssignment } from '../seats.js';
import { withGameStrategies, type FileLoading } from '../strategy-files.js';

/** The options of `geneva replay`. */
export interface ReplayOptions {
  /** Print the JSON result instead of the account. */
  readonly json: boolean;
  /** The scenario to replay against (file or shipped id), instead of the record's shipped one. */
  readonly scenario?: string;
  /** `ACTOR=STRATEGY`: seats whose strategy decides again (a built-in id or a strategy file). */
  readonly seat: readonly string[];
  /** How strategy files run: sandboxed or trusted. */
  readonly loading: FileLoading;
}

/**
 * Replays a file and prints the game, or its divergence.
 *
 * @throws UserError (exit 2) for a missing, foreign or corrupt file or an unknown scenario
 * @example
 * await replayCommand('game.replay.json', { json: true, seat: ['usa=./my-bot.ts'] });
 */
export async function replayCommand(file: string, options: ReplayOptions): Promise<ExitCode> {
  const record = readReplayFile(file);
  const scenario = options.scenario !== undefined ? loadScenario(options.scenario) : record.scenarioData !== undefined ? embeddedScenario(file, record.scenarioData) : loadShippedScenario(record.scenario.id, file);
  const { seats, files } = await seatAssignment(scenario, options.seat, options.loading);
  warnOnOtherScenario(file, scenario, record);
  const result = withGameStrategies(files, (strategies) =>
    replaySafely(file, scenario, record, Object.fromEntries(Object.entries(seats).map(([actor, id]) => [actor, strategies(id)!]))),
  );
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
export function readReplayFile(file: string): ReplayRecord {
  const text = readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not a Geneva replay file (not JSON: ${messageOf(error)})`);
  }
  const problem = replayFileProblem(data);
  if (problem !== null) throw new UserError(`${file}: ${problem}`);
  return data as ReplayRecord;
}

/** The scenario a replay file carries, validated. */
function embeddedScenario(file: string, data: unknown): Scenario {
  const result = validateScenario(data, `${file}: scenarioData`);
  if (!result.ok) throw new UserError(`${file}: scenarioData: ${result.problems[0]!.path}: ${result.problems[0]!.reason}`, EXIT.invalid);
  return result.scenario;
}

/** Warns on stderr when the scenario is not the one the record was made with. */
function warnOnOtherScenario(file: string, scenario: Scenario, record: ReplayRecord): void {
  const hash = contentHash(scenario);
  if (scenario.id !== record.scenario.id)
    printErrors([`geneva: warning: ${file}: recorded with scenario ${record.scenario.id}, replayed with ${scenario.id}`]);
  else if (hash !== record.scenario.hash)
    printErrors([`geneva: warning: ${file}: scenario ${scenario.id} has changed since the recording (content hash ${hash}, recorded ${record.scenario.hash})`]);
}

/** Replays, turning an engine exception on malformed recorded data into a user error. */
function replaySafely(file: string, scenario: Scenario, record: ReplayRecord, redecide: Record<string, Strategy>): ReplayResult {
  try {
    return replay(scenario, record, { redecide });
  } catch (error) {
    throw new UserError(`${file}: corrupt replay file (${messageOf(error)})`);
  }
}

/** `<file>: diverged at step N: <reason>`, or `<file>: outcome differs: <reason>`. */
function divergenceLine(file: string, divergence: Divergence): string {
  return divergence.step < 0 ? `${file}: outcome differs: ${divergence.reason}` : `${file}: diverged at step ${divergence.step}: ${divergence.reason}`;
}
