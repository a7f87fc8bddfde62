/**
 * `geneva replay --batch DIR --run I [--json] [--log FILE]`: plays run I of a batch again, alone,
 * from its manifest (scenario, design point, seed, seats), checks that it gives the row recorded in
 * runs.jsonl, prints it like `play`, and can write its replay file (self-contained: it carries the
 * scenario with the point's parameters, for `geneva replay` and the browser client).
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { outcomeOf, playGame, withParameters, type GameState } from '@geneva/engine';
import { batchRow, batchRun, pointValues, type BatchRun, type Design } from '../../index.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { printErrors, printLines } from '../io.js';
import { reportGame } from '../report.js';
import { seatAssignment } from '../seats.js';
import { withGameStrategies, type FileLoading } from '../strategy-files.js';
import { readManifest, runsOf, shardText } from '../batch/manifest.js';
import type { Row } from '../batch/run-files.js';
import { writeReplayFile } from './play.js';

/** The options of `geneva replay --batch`. */
export interface BatchReplayOptions {
  readonly dir: string;
  readonly run: string;
  readonly json: boolean;
  readonly log?: string;
  /** How the batch's strategy files run: sandboxed (the default) or trusted. */
  readonly loading: FileLoading;
}

/**
 * Replays one run of a batch and checks it against its row.
 *
 * @throws UserError (exit 2) for a folder without a batch, a run out of range or not yet on disk, or a run that failed
 * @example
 * await replayBatchRun({ dir: 'batch-rsa-2017', run: '17', json: true });
 */
export async function replayBatchRun(options: BatchReplayOptions): Promise<ExitCode> {
  const manifest = readManifest(options.dir);
  const index = Number(options.run);
  if (!Number.isInteger(index) || index < 0 || index >= manifest.runs) throw new UserError(`geneva: --run ${options.run}: expected a run from 0 to ${manifest.runs - 1}`);
  const { first, end } = runsOf(manifest);
  if (index < first || index >= end) throw new UserError(`geneva: --run ${index}: not in ${options.dir}, which holds ${shardText(manifest)}; replay it from the shard that has it, or from the merged batch`);
  const recorded = await rowOf(options.dir, index, first);
  if (recorded === undefined) throw new UserError(`geneva: --run ${index}: not in ${join(options.dir, 'runs.jsonl')} yet (resume the batch first)`);
  if (recorded['error'] !== '') throw new UserError(`geneva: --run ${index}: this run failed in the batch (${String(recorded['error'])}); there is no game to replay`);
  const run = batchRun(manifest.design, manifest.seed, index);
  const scenario = withParameters(manifest.scenario.data, pointValues(manifest.design, run.point));
  if (!scenario.ok) throw new UserError(`${join(options.dir, 'manifest.json')}: design point ${run.point}: ${scenario.path}: ${scenario.reason}`);
  const { seats, files } = await seatAssignment(scenario.scenario, Object.entries(manifest.seats).map(([actor, strategy]) => `${actor}=${strategy}`), options.loading);
  const state = withGameStrategies(files, (strategies) => playGame(scenario.scenario, { seed: run.seed, seats, strategies, budget: { ms: manifest.budgetMs, clock: () => performance.now() } }));
  if (options.log !== undefined) writeReplayFile(options.log, state, { embedScenario: true });
  const difference = firstDifference(recorded, batchRow(run, manifest.design, { ok: true, outcome: outcomeOf(state) }));
  if (difference !== null) {
    printErrors([`${join(options.dir, 'runs.jsonl')}: run ${index} replays differently: ${difference}`]);
    return EXIT.invalid;
  }
  if (!options.json) printLines([runLine(options.dir, run, manifest.design), '']);
  reportGame(state as GameState, { json: options.json });
  return EXIT.ok;
}

/** Which run this is: its design point with its parameters, and its seed. */
function runLine(dir: string, run: BatchRun, design: Design): string {
  const parameters = Object.entries(pointValues(design, run.point)).map(([path, value]) => `${path} = ${JSON.stringify(value)}`);
  return `Run ${run.run} of the batch in ${dir}: design point ${run.point}${parameters.length > 0 ? ` (${parameters.join(', ')})` : ''}, replication ${run.replication}, seed ${run.seed}`;
}

/** Run `index`'s row in runs.jsonl, whose first line is run `first` (read line by line). */
async function rowOf(dir: string, index: number, first: number): Promise<Row | undefined> {
  const lines = createInterface({ input: createReadStream(join(dir, 'runs.jsonl')), crlfDelay: Infinity });
  let k = first;
  for await (const line of lines) {
    if (k++ !== index) continue;
    lines.close();
    try {
      return JSON.parse(line) as Row;
    } catch {
      throw new UserError(`${join(dir, 'runs.jsonl')}: line ${index - first + 1}: not JSON (a run cut short: resume the batch)`);
    }
  }
  return undefined;
}

function firstDifference(recorded: Row, replayed: Row): string | null {
  for (const key of Object.keys(replayed)) {
    const a = JSON.stringify(recorded[key] ?? null);
    const b = JSON.stringify(replayed[key] ?? null);
    if (a !== b) return `${key}: recorded ${a}, replayed ${b}`;
  }
  return null;
}
