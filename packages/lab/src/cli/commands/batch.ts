/**
 * `geneva batch <scenario> --runs N [--seed S] [--sweep FILE] [--workers K] [--out DIR] [--resume]`:
 * many seeded runs of a scenario (optionally over a sweep of its parameters) on every core, each
 * appended to runs.csv and runs.jsonl as it finishes, resumable after any interruption, summarised
 * in summary.json and summary.md. A run that fails is a row with its error, not a dead batch.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentHash, ENGINE_VERSION, formatProblem, parameterAt, withParameters, MAX_YAML_BYTES, type Scenario } from '@geneva/engine';
import { batchColumns, batchRun, designOf, designProblem, designSeedOf, extremes, failedRow, parseSweep, pointValues, shardRange, singlePointDesign, type Shard, type BatchSummary, type Design, type Sweep } from '../../index.js';
import { RowBlocks, type RowBlock } from '../../batch/row-blocks.js';
import { compileOutcomes } from '../../batch/derived.js';
import { runGames } from '../../pool/pool.js';
import { runGamesOnQueue } from '../../queue/coordinator.js';
import type { RedisTarget } from '../../queue/redis-url.js';
import type { GameJob, GameResult } from '../../pool/jobs.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { makeDirectory, printLines, readTextFile } from '../io.js';
import { progressDisplay } from '../progress.js';
import { loadScenario, strategyProblems } from '../scenario-source.js';
import { seatAssignment } from '../seats.js';
import { isStrategyFile, type FileLoading, type StrategySource } from '../strategy-files.js';
import { manifestPath, readManifest, resumeProblem, runsOf, shardText, withoutProvenance, writeManifest, type Manifest } from '../batch/manifest.js';
import { provenanceWith, sessionEnded, sessionStarted, type Provenance, type Session } from '../batch/provenance.js';
import { RunFiles, batchFileIn } from '../batch/run-files.js';
import { writeRunsParquet } from '../batch/runs-parquet.js';
import { writeSeriesParquet, writeSeriesSummary } from '../batch/series-files.js';
import { boxText, pct, summarizeRuns, writeSummary, writtenFiles } from '../batch/summary-files.js';

/** The options of `geneva batch`. */
export interface BatchOptions {
  /** Runs without a sweep; with one, the sweep's points × replications (and `runs`, if given, must match). */
  readonly runs?: number;
  readonly seed: string;
  readonly sweep?: string;
  /** The seed of the sweep's design (`--design-seed`), over the sweep file's `seed:` and the batch seed. */
  readonly designSeed?: string;
  /** The command line after `geneva`, for the manifest's provenance. */
  readonly command?: readonly string[];
  readonly workers: number;
  readonly out?: string;
  readonly resume: boolean;
  readonly seat: readonly string[];
  readonly budgetMs: number;
  /** How strategy files run: sandboxed (the default) or trusted. */
  readonly loading: FileLoading;
  readonly gameLimitMs: number;
  readonly quiet: boolean;
  /** Play only this shard of the runs (`--shard K/N`), for a batch split across machines. */
  readonly shard?: Shard;
  /** Where `--shard auto` found the shard (e.g. `SLURM_ARRAY_TASK_ID=3`), for the report line. */
  readonly shardSource?: string;
  /** Also write runs.parquet once every run is in (`--parquet`). */
  readonly parquet?: boolean;
  /** Play the runs on the workers of this Redis queue (`--queue URL`) instead of this machine's threads. */
  readonly queue?: QueueTarget;
}

/** Where and how a batch plays on a queue. */
export interface QueueTarget {
  readonly target: RedisTarget;
  /** How long Redis may be out of reach before the batch stops, in ms. */
  readonly waitMs: number;
  /** Runs per chunk (one job on the queue). */
  readonly chunk: number;
}

/** Runs per worker task, at most: large enough to make the round trip negligible. */
const CHUNK = 32;

/**
 * Runs (or resumes) a batch and writes its files.
 *
 * @throws UserError for a bad scenario, sweep, seat or folder (before any run)
 * @example
 * await batchCommand('rsa-2017', { runs: 1000, seed: '1', workers: 2, resume: false, seat: [], budgetMs: 1000, gameLimitMs: 60000, quiet: true });
 */
export async function batchCommand(scenarioArgument: string, options: BatchOptions): Promise<ExitCode> {
  if (options.queue !== undefined && options.loading.trusted)
    throw new UserError(`geneva: --queue ${options.queue.target.display}: --trusted runs strategy files unsandboxed, which a queue's workers never do: leave --trusted out`);
  const session = sessionStarted(options.command ?? ['batch', scenarioArgument], Date.now());
  if (options.designSeed === '') throw new UserError('geneva: --design-seed: empty (give a seed: any string or number)');
  if (options.designSeed !== undefined && options.sweep === undefined) throw new UserError(`geneva: --design-seed ${options.designSeed}: goes with --sweep (a batch without a sweep has no design to draw)`);
  const scenario = loadScenario(scenarioArgument);
  const out = options.out ?? `batch-${scenario.id}`;
  const { seats, files } = await checkedSeats(scenario, options.seat, options.loading);
  const sweep = options.sweep === undefined ? null : readSweep(options.sweep);
  const design = sweep === null ? singlePointDesign(requiredRuns(options)) : checkedDesign(scenario, sweep, options);
  const manifest: Manifest = {
    format: 'geneva-batch',
    version: 1,
    engine: ENGINE_VERSION,
    scenario: { id: scenario.id, hash: contentHash(scenario), source: scenarioArgument, data: scenario },
    sweep: sweep === null ? null : { file: options.sweep!, hash: contentHash(sweep), content: sweep },
    seed: options.seed,
    ...(sweep === null ? {} : { designSeed: designSeedOf(sweep, options.seed, options.designSeed) }),
    runs: design.points.length * design.replications,
    seeds: `run i plays design point ⌊i / ${design.replications}⌋ with the seed "${options.seed}/<i mod ${design.replications}>"`,
    design,
    seats,
    strategyHashes: Object.fromEntries(Object.keys(files).map((file) => [file, contentHash(readTextFile(file))])),
    budgetMs: options.budgetMs,
    columns: checkedColumns(scenario, design, sweep, options.sweep),
    ...shardOf(design.points.length * design.replications, options),
  };
  const { runFiles, done, written, before } = openRunFiles(out, manifest, options.resume, session);
  const started = Date.now();
  const failed = await playRuns(manifest, runFiles, done, files, options);
  runFiles.close();
  const ms = Date.now() - started;
  const summary = await summarizeRuns(out, manifest);
  await writeSummary(out, manifest, summary, options.parquet === true);
  await writeSeriesSummary(out);
  if (options.parquet === true) {
    await writeRunsParquet(out, manifest);
    await writeSeriesParquet(out);
  }
  // Last, so that its end time is the command's.
  writeManifest(out, { ...written, provenance: provenanceWith(before, sessionEnded(session, Date.now()), options.resume) });
  printLines(reportLines(out, manifest, summary, done, failed, ms, options.parquet === true, options.shardSource));
  printLines([commandTimeLine(ms)]);
  return EXIT.ok;
}

/** The runs not yet on disk, played on the pool and written in run order as they come. */
async function playRuns(manifest: Manifest, runFiles: RunFiles, done: number, files: Record<string, StrategySource>, options: BatchOptions): Promise<number> {
  const { first, end } = runsOf(manifest);
  const jobs: GameJob[] = [];
  for (let i = done; i < end; i++) {
    const run = batchRun(manifest.design, manifest.seed, i);
    jobs.push({ index: i, seed: run.seed, point: run.point, seats: manifest.seats });
  }
  const progress = progressDisplay('batch', 'runs', end - first, done - first, { quiet: options.quiet });
  let failed = 0;
  const derived = manifest.sweep?.content.outcomes ?? {};
  const setup = { scenario: manifest.scenario.data, design: manifest.design, strategyFiles: files, budgetMs: options.budgetMs, rows: { columns: manifest.columns, seed: manifest.seed, derived } };
  const onResults = (results: readonly GameResult[], rows: readonly RowBlock[]) => {
    for (const block of rows) {
      runFiles.add(block);
      failed += block.failed;
      progress.tick(block.count, block.failed);
    }
    // Only games stopped on this side (hung, over time, lost with a worker) come as results.
    for (const result of results) {
      runFiles.add(failedBlock(manifest, result));
      failed++;
      progress.tick(1, 1);
    }
    runFiles.flush();
  };
  const limits = { gameLimitMs: options.gameLimitMs, decisionLimitMs: Math.max(1000, options.budgetMs * 10) };
  if (options.queue === undefined) {
    // Small batches in smaller chunks, so every worker gets some.
    const chunkSize = Math.max(1, Math.min(CHUNK, Math.floor(jobs.length / (options.workers * 4))));
    await runGames(setup, jobs, { workers: options.workers, chunkSize, ...limits, onResults });
  } else {
    const { target, waitMs, chunk } = options.queue;
    await runGamesOnQueue(setup, jobs, {
      target,
      batch: contentHash(withoutProvenance(manifest)),
      chunkSize: chunk,
      waitMs,
      ...limits,
      onResults,
      onWorkers: (n) => progress.note(`${n} ${n === 1 ? 'worker' : 'workers'}`),
      onWaiting: (line) => {
        progress.note(line === null ? '' : line);
        if (line !== null && !options.quiet) process.stderr.write(`geneva: ${line}\n`);
      },
    });
  }
  progress.stop();
  return failed;
}

/** The row of a game stopped from the main thread, with its error. */
function failedBlock(manifest: Manifest, result: GameResult): RowBlock {
  const error = result.ok ? 'the worker returned a result instead of a row' : result.error;
  const blocks = new RowBlocks();
  blocks.add(result.index, failedRow(manifest.design, manifest.seed, result.index, error, manifest.columns), true);
  return blocks.take()[0]!;
}

/** `--seat` overrides, checked and loaded once here, with strategy files by absolute path (as the manifest keeps them). */
async function checkedSeats(scenario: Scenario, options: readonly string[], loading: FileLoading): Promise<{ seats: Record<string, string>; files: Record<string, StrategySource> }> {
  const plan = await seatAssignment(scenario, options, loading);
  const seats = Object.fromEntries(Object.entries(plan.seats).map(([actor, strategy]) => [actor, isStrategyFile(strategy) ? resolve(strategy) : strategy]));
  const files = Object.fromEntries([...plan.files].map(([given, file]) => [resolve(given), file.source]));
  for (const file of plan.files.values()) file.dispose();
  return { seats, files };
}

function readSweep(file: string): Sweep {
  const result = parseSweep(readTextFile(file, MAX_YAML_BYTES), file);
  if (!result.ok) throw new UserError(result.problems.map(formatProblem), EXIT.invalid);
  return result.sweep;
}

function requiredRuns(options: BatchOptions): number {
  if (options.runs === undefined) throw new UserError('geneva: batch: --runs N is required without --sweep');
  return options.runs;
}

/** The sweep's design, every point checked against the scenario before any run. */
function checkedDesign(scenario: Scenario, sweep: Sweep, options: BatchOptions): Design {
  // Each parameter at its extremes first: a range past what the scenario allows is refused whatever the seed.
  for (const [path, value] of extremes(sweep)) {
    const result = withParameters(scenario, { [path]: value });
    const at = result.ok || parameterAt(scenario, path) === undefined ? '' : ` (at ${JSON.stringify(value)})`;
    if (!result.ok) throw new UserError(`${options.sweep}: parameters.${path}: ${result.reason}${at}`, EXIT.invalid);
  }
  const design = designOf(sweep, designSeedOf(sweep, options.seed, options.designSeed));
  const problem = designProblem(scenario, design, (s) => {
    const unknown = strategyProblems(s, options.sweep!)[0];
    return unknown === undefined ? null : { path: unknown.path, reason: unknown.reason };
  });
  if (problem !== null) {
    // A path that exists was given a value it cannot take: say which point and value.
    const value = pointValues(design, problem.point)[problem.path];
    const where = parameterAt(scenario, problem.path) !== undefined && value !== undefined ? ` (design point ${problem.point}: ${JSON.stringify(value)})` : '';
    throw new UserError(`${options.sweep}: parameters.${problem.path}: ${problem.reason}${where}`, EXIT.invalid);
  }
  const runs = design.points.length * design.replications;
  if (options.runs !== undefined && options.runs !== runs)
    throw new UserError(`geneva: --runs ${options.runs}: the sweep ${options.sweep} gives ${design.points.length} points × ${design.replications} replications = ${runs} runs (leave --runs out)`);
  return design;
}

/**
 * The batch's columns, with the sweep's derived outcomes, each checked (names, syntax, a clash with a
 * built-in column) before any run.
 *
 * @throws UserError (exit 2) `<sweep file>: outcomes.<name>: <reason>`
 */
function checkedColumns(scenario: Scenario, design: Design, sweep: Sweep | null, file: string | undefined): string[] {
  const outcomes = sweep?.outcomes ?? {};
  const columns = batchColumns(scenario, design);
  const compiled = compileOutcomes(outcomes, columns);
  if (!compiled.ok) throw new UserError(`${file}: outcomes.${compiled.name}: ${compiled.reason}`, EXIT.invalid);
  return batchColumns(scenario, design, Object.keys(outcomes));
}

/**
 * New files (refusing a folder that holds a batch), or the files of the batch to resume; with the
 * manifest as written (a resumed batch keeps its own, byte for byte but for the provenance) and the
 * provenance it had before this command.
 */
function openRunFiles(out: string, manifest: Manifest, resume: boolean, session: Session): { runFiles: RunFiles; done: number; written: Manifest; before?: Provenance } {
  if (resume) {
    if (!existsSync(manifestPath(out))) throw new UserError(`geneva: --resume: ${out}: no batch to resume (no manifest.json)`);
    const on = readManifest(out);
    const problem = resumeProblem(on, manifest);
    if (problem !== null) throw new UserError(`geneva: --resume: ${out}: ${problem}`);
    const { files, done } = RunFiles.resume(out, runsOf(manifest).first);
    const written = withoutProvenance(on);
    // The resumption is on record from its start: an interrupted one shows with no end.
    writeManifest(out, { ...written, provenance: provenanceWith(on.provenance, session, true) });
    return { runFiles: files, done, written, ...(on.provenance === undefined ? {} : { before: on.provenance }) };
  }
  const held = batchFileIn(out);
  if (held === 'manifest.json') throw new UserError(`geneva: --out ${out}: holds a batch already (use --resume to continue it, or another --out)`);
  if (held !== null) throw new UserError(`geneva: --out ${out}: holds a ${held} but no manifest.json (not a batch this tool can resume): choose another --out`);
  makeDirectory(out);
  // The run files first: a folder with a manifest always has its run files.
  const { first } = runsOf(manifest);
  const runFiles = RunFiles.create(out, manifest.columns, first);
  writeManifest(out, { ...manifest, provenance: provenanceWith(undefined, session, false) });
  return { runFiles, done: first, written: manifest };
}

/** The manifest's `shard` for `--shard K/N`, with the runs it plays (nothing without the flag). */
function shardOf(runs: number, options: BatchOptions): Pick<Manifest, 'shard'> {
  const { shard } = options;
  if (shard === undefined) return {};
  if (shard.count > runs) throw new UserError(`geneva: --shard ${shard.index}/${shard.count}: more shards than the batch has runs (${runs})`);
  return { shard: { index: shard.index, count: shard.count, ...shardRange(runs, shard) } };
}

/**
 * How long the whole command took, from the start of the process (loading, playing, summarising,
 * writing every file), and how much of it was playing: the first line's rate is the play's alone.
 */
function commandTimeLine(playMs: number): string {
  return `The command took ${process.uptime().toFixed(1)} s in all, ${(playMs / 1000).toFixed(1)} s of it playing the runs.`;
}

/** Terminal lines shown of a sensitivity analysis's warnings (all are in summary.md and summary.json). */
const SHOWN_WARNINGS = 5;

/** The first warnings of a Sobol or Morris analysis, one a line, and how many more summary.md holds. */
function warningLines(warnings: readonly string[]): string[] {
  const shown = warnings.slice(0, SHOWN_WARNINGS).map((w) => `Warning: ${w}`);
  const more = warnings.length - shown.length;
  return more > 0 ? [...shown, `… and ${more} more ${more === 1 ? 'warning' : 'warnings'} in summary.md`] : shown;
}

/** What the batch did and where its files are. */
function reportLines(out: string, manifest: Manifest, summary: BatchSummary, resumedAt: number, failed: number, ms: number, parquet: boolean, shardSource?: string): string[] {
  const { first, end } = runsOf(manifest);
  const played = end - resumedAt;
  const rate = played / Math.max(ms / 1000, 1e-3);
  const part = manifest.shard === undefined ? '' : `, ${shardText(manifest)}${shardSource === undefined ? '' : ` from ${shardSource}`}`;
  const lines = [
    `Batch of ${manifest.runs} ${manifest.runs === 1 ? 'run' : 'runs'} of ${manifest.scenario.id} (${manifest.design.points.length} ${manifest.design.points.length === 1 ? 'point' : 'points'} × ${manifest.design.replications}, seed ${manifest.seed}${manifest.designSeed === undefined || manifest.designSeed === manifest.seed ? '' : `, design seed ${manifest.designSeed}`})${part}${resumedAt > first ? `, resumed at run ${resumedAt}` : ''}: ${played} played in ${(ms / 1000).toFixed(1)} s (${Math.round(rate)} runs/s), ${failed} failed`,
  ];
  if (manifest.design.replications === 1 && manifest.design.points.length > 1)
    lines.push(`Note: with one replication every point played the same seed (${manifest.seed}/0): the points differ by their parameters alone, and every figure rests on that one seed's dice (docs/batches.md §3)`);
  lines.push(...warningLines(summary.warnings ?? []));
  const top = summary.sensitivity.filter((s) => !s.outcome.startsWith('welfareBy.')).slice(0, 5);
  if (top.length > 0) lines.push('Strongest effects (Spearman ρ over points):', ...top.map((s) => `  ${s.parameter} → ${s.outcome}: ${s.rho >= 0 ? '+' : ''}${s.rho.toFixed(2)}`));
  for (const found of summary.discovery.filter((d) => d.chosen > 0)) {
    const box = found.trajectory[found.chosen]!;
    lines.push(`Where ${found.outcome} happens most (PRIM): ${boxText(box)}: ${found.outcome} in ${pct(box.density)} of the runs there, against ${pct(found.baseRate)} overall; ${pct(box.coverage)} of the runs with ${found.outcome} are there`);
  }
  const screened = summary.morris.filter((e) => e.outcome === 'inForce').slice(0, 5);
  if (screened.length > 0) lines.push(`Morris screening of inForce (μ* per swept range, ± 95%): ${screened.map((e) => `${e.parameter} ${e.muStar.toFixed(2)} ± ${e.muStarConf.toFixed(2)}`).join(', ')}`);
  const decomposed = summary.sobol.filter((e) => e.outcome === 'inForce').slice(0, 5);
  if (decomposed.length > 0) lines.push(`Sobol indices of inForce (S1 / ST, share of its variance, ± 95%): ${decomposed.map((e) => `${e.parameter} ${e.s1.toFixed(2)} ± ${e.s1Conf.toFixed(2)} / ${e.st.toFixed(2)} ± ${e.stConf.toFixed(2)}`).join(', ')}`);
  if (summary.points.count === 1) {
    const inForce = summary.points.rateAt('inForce', 0);
    const harm = summary.points.numericAt('civilianHarm', 0);
    const harmText = harm?.ci95 ? `${harm.mean.toFixed(3)} [${harm.ci95[0].toFixed(3)}, ${harm.ci95[1].toFixed(3)}]` : `${harm?.mean.toFixed(3)} (one run: no interval)`;
    if (inForce && harm && inForce.n > 0) lines.push(`In force in ${(inForce.rate * 100).toFixed(1)}% of runs [${(inForce.ci95[0] * 100).toFixed(1)}%, ${(inForce.ci95[1] * 100).toFixed(1)}%]; civilian harm ${harmText}`);
  }
  lines.push(`Wrote ${out}/${writtenFiles(parquet)} (manifest.json describes the batch)`);
  return lines;
}
