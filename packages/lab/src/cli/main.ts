/**
 * The `geneva` command: wiring of the commands (commander), and the mapping of every failure to a
 * one-line message and an exit code (0 ok, 1 invalid input, 2 usage error, 70 internal error).
 * `bin/geneva.js` runs the compiled file; `tsx src/cli/main.ts` runs it from source.
 */
import { Command, CommanderError } from 'commander';
import { ENGINE_VERSION } from '@geneva/engine';
import { playCommand, type PlayOptions } from './commands/play.js';
import { replayCommand, type ReplayOptions } from './commands/replay.js';
import { schemaCommand } from './commands/schema.js';
import { strategiesCommand } from './commands/strategies.js';
import { tournamentCommand, type TournamentOptions } from './commands/tournament.js';
import { batchCommand, type BatchOptions } from './commands/batch.js';
import { replayBatchRun } from './commands/replay-batch.js';
import { mergeCommand } from './commands/merge.js';
import { shardChoice } from './batch/shard-flag.js';
import { defaultWorkers } from '../pool/pool.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, UserError, messageOf, type ExitCode } from './errors.js';
import { trustedFilesLoaded, type FileLoading } from './strategy-files.js';
import { DEFAULT_MEMORY_MB } from '../sandbox/sandboxed-file.js';
import { exitQuietlyOnBrokenPipe, printErrors } from './io.js';
import { workerCommand } from './commands/worker.js';
import { parseRedisUrl, type RedisTarget } from '../queue/redis-url.js';
import { MAX_CHUNK } from '../queue/chunk-job.js';

/** Set this environment variable to see the stack trace of an internal error. */
const DEBUG_ENV = 'GENEVA_DEBUG';

/** The flags of `play` as commander parses them. */
interface PlayFlags {
  readonly seed: string;
  readonly seat: string[];
  readonly json?: boolean;
  readonly log?: string;
  readonly budget: string;
  readonly trusted?: boolean;
  readonly memory: string;
}

/** The flags of `replay` as commander parses them. */
interface ReplayFlags {
  readonly json?: boolean;
  readonly scenario?: string;
  readonly seat: string[];
  readonly batch?: string;
  readonly run?: string;
  readonly log?: string;
  readonly trusted?: boolean;
  readonly memory: string;
}

/**
 * Builds the command line program; each action reports its exit code through `done`.
 *
 * @example
 * await buildProgram((code) => (exitCode = code)).parseAsync(['play', 'rsa-2017'], { from: 'user' });
 * @param args the command line it will parse (after `geneva`), which a batch's manifest records
 */
export function buildProgram(done: (code: ExitCode) => void, args: readonly string[] = []): Command {
  const program = new Command('geneva')
    .description('Geneva: a deterministic simulator of the Digital Geneva Convention negotiation')
    .version(ENGINE_VERSION, '-V, --version', 'print the engine version')
    .exitOverride()
    // Errors are printed by run() as one line; help is never dumped on stderr after an error.
    .configureOutput({ outputError: () => undefined, writeErr: () => undefined })
    .showHelpAfterError(false);
  addValidate(program, done);
  addPlay(program, done);
  addReplay(program, done);
  addSchema(program, done);
  addStrategies(program, done);
  addTournament(program, done);
  addBatch(program, done, args);
  addWorker(program, done);
  addMerge(program, done, args);
  addPlot(program, done);
  return program;
}

/** `geneva validate <files…>`. */
function addValidate(program: Command, done: (code: ExitCode) => void): void {
  program
    .command('validate')
    .description('check scenario files (YAML or JSON); one file:line:col: path: reason line per problem')
    .argument('<files...>', 'scenario files')
    .action((files: string[]) => done(validateCommand(files)));
}

/** `geneva play <scenario>`. */
function addPlay(program: Command, done: (code: ExitCode) => void): void {
  program
    .command('play')
    .description('play a whole game with bots in every seat and print its account')
    .argument('<scenario>', 'a scenario file, or the id of a shipped scenario (e.g. rsa-2017)')
    .option('--seed <seed>', 'the seed: any string or number', '1')
    .option('--seat <actor=strategy>', 'the strategy of a seat: a built-in id (see `geneva strategies`) or a .ts/.js file (repeatable)', collect, [])
    .option('--budget <ms>', 'time a bot may take per decision; slower ones get the safe fallback and a fault', String(DEFAULT_BUDGET_MS))
    .option('--json', 'print {"scenario", "seed", "outcome"} as one JSON object instead of the account')
    .option('--log <file>', 'write the replay file of the game')
    .option('--trusted', 'run strategy files in-process, unsandboxed: only for your own files, for speed (see docs/strategies.md)')
    .option('--memory <MB>', 'memory limit of each sandboxed strategy file, in MB', String(DEFAULT_MEMORY_MB))
    .addHelpText('after', '\nExamples:\n  geneva play rsa-2017\n  geneva play rsa-2017 --seed 7 --seat usa=norm-entrepreneur --json\n  geneva play my-scenario.yaml --log game.replay.json')
    .action(async (scenario: string, flags: PlayFlags) => done(await playCommand(scenario, playOptions(flags))));
}

/** `geneva replay <file>` and `geneva replay --batch DIR --run I`. */
function addReplay(program: Command, done: (code: ExitCode) => void): void {
  program
    .command('replay')
    .description('replay a replay file step by step (exit 1 at the first divergence), or one run of a batch')
    .argument('[file]', 'a replay file written by `geneva play --log` or `geneva replay --batch … --log`')
    .option('--json', 'print {"scenario", "seed", "outcome"} as one JSON object instead of the account')
    .option('--scenario <scenario>', 'replay against this scenario (file or shipped id) instead of the recorded one')
    .option('--seat <actor=strategy>', "let this seat's strategy (a built-in id or a .ts/.js file) decide again; exit 1 where it decides otherwise (repeatable)", collect, [])
    .option('--batch <dir>', 'the folder of a batch (with --run): play one of its runs again')
    .option('--run <i>', 'the run of --batch to play again; exit 1 if it does not give its row')
    .option('--log <file>', 'with --batch: write the run\'s replay file (it carries its scenario)')
    .option('--trusted', 'run strategy files in-process, unsandboxed: only for your own files, for speed (see docs/strategies.md)')
    .option('--memory <MB>', 'memory limit of each sandboxed strategy file, in MB', String(DEFAULT_MEMORY_MB))
    .addHelpText(
      'after',
      '\nExamples:\n  geneva replay game.replay.json\n  geneva replay game.replay.json --seat usa=./my-bot.ts   # does my bot still play this game the same way?\n  geneva replay --batch batch-rsa-2017 --run 17 --log run-17.replay.json',
    )
    .action(async (file: string | undefined, flags: ReplayFlags) => done(await replayAction(file, flags)));
}

/** A replay file, or a run of a batch: exactly one of the two. */
async function replayAction(file: string | undefined, flags: ReplayFlags): Promise<ExitCode> {
  if (flags.batch !== undefined || flags.run !== undefined) {
    if (file !== undefined) throw new UserError(`geneva: replay: give a replay file or --batch DIR --run I, not both`);
    if (flags.batch === undefined || flags.run === undefined) throw new UserError(`geneva: replay: --batch DIR and --run I go together`);
    if (flags.seat.length > 0 || flags.scenario !== undefined) throw new UserError(`geneva: replay --batch: --seat and --scenario come from the batch's manifest`);
    return replayBatchRun({ dir: flags.batch, run: flags.run, json: flags.json === true, loading: loadingOf(flags, DEFAULT_BUDGET_MS), ...(flags.log === undefined ? {} : { log: flags.log }) });
  }
  if (file === undefined) throw new UserError("geneva: replay: missing argument 'file' (or --batch DIR --run I)");
  if (flags.log !== undefined) throw new UserError('geneva: replay: --log goes with --batch (a replay file is already one)');
  return replayCommand(file, replayOptions(flags));
}

/** The flags of `batch` as commander parses them. */
interface BatchFlags {
  readonly runs?: string;
  readonly seed: string;
  readonly sweep?: string;
  readonly designSeed?: string;
  readonly workers: string;
  readonly out?: string;
  readonly resume?: boolean;
  readonly seat: string[];
  readonly budget: string;
  readonly timeLimit: string;
  readonly quiet?: boolean;
  readonly shard?: string;
  readonly shards?: string;
  readonly parquet?: boolean;
  readonly trusted?: boolean;
  readonly memory: string;
  readonly queue?: string;
  readonly queueWait: string;
  readonly chunk: string;
}

/** `geneva batch <scenario>`. */
function addBatch(program: Command, done: (code: ExitCode) => void, args: readonly string[]): void {
  program
    .command('batch')
    .description('many seeded runs on every core (optionally over a sweep of parameters), streamed to runs.csv/runs.jsonl and summarised')
    .argument('<scenario>', 'a scenario file, or the id of a shipped scenario (e.g. rsa-2017)')
    .option('--runs <n>', 'runs (without --sweep: replications of the scenario)')
    .option('--seed <seed>', 'the batch seed: run i is played with the seed <seed>/<replication>', '1')
    .option('--sweep <file>', 'a sweep file (YAML): parameters by path (ranges, uniform or with a distribution: normal, triangular, log-uniform; or lists of values), the method (grid, random, lhs, morris or sobol), replications, the design seed, PRIM settings')
    .option('--design-seed <seed>', 'with --sweep: the seed of the design points, so that other --seed values replay the same points (default: the sweep file\'s seed:, else --seed)')
    .option('--workers <k>', 'worker threads', String(defaultWorkers()))
    .option('--out <dir>', 'where the files go (default: batch-<scenario id>)')
    .option('--resume', 'continue the interrupted batch in --out (same command otherwise)')
    .option('--seat <actor=strategy>', 'the strategy of a seat in every run: a built-in id or a .ts/.js file (repeatable)', collect, [])
    .option('--budget <ms>', 'time a bot may take per decision; slower ones get the safe fallback and a fault', String(DEFAULT_BUDGET_MS))
    .option('--time-limit <ms>', 'wall-clock limit of one run; a run past it fails (its row carries the error)', '60000')
    .option('--quiet', 'no progress on stderr')
    .option('--shard <k/n|auto>', 'play only the k-th of n slices of the runs (one per machine); geneva merge puts the folders together. auto: k and n from a SLURM job array (SLURM_ARRAY_TASK_ID…) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, with --shards)')
    .option('--shards <n>', 'with --shard auto: the number of shards (required in a Kubernetes Indexed Job: its completions; with SLURM, checked against SLURM_ARRAY_TASK_COUNT)')
    .option('--parquet', 'also write runs.parquet (typed columns, compressed) once every run is in')
    .option('--trusted', 'run strategy files in-process, unsandboxed: only for your own files, for speed (see docs/strategies.md)')
    .option('--memory <MB>', 'memory limit of each sandboxed strategy file, in MB', String(DEFAULT_MEMORY_MB))
    .option('--queue <url>', 'play on the workers of a Redis queue (redis://[user:pass@]HOST:PORT[/DB] or rediss://…; start them with geneva worker); the files are written here')
    .option('--queue-wait <s>', 'with --queue: how long Redis may be out of reach before the batch stops (it can then be resumed)', '60')
    .option('--chunk <n>', 'with --queue: runs per chunk handed to a worker', '200')
    .addHelpText(
      'after',
      '\nExamples:\n  geneva batch rsa-2017 --runs 10000\n  geneva batch rsa-2017 --runs 1000000 --queue redis://10.0.0.5:6379   # on every geneva worker of that Redis\n  geneva batch rsa-2017 --sweep sweep.yaml --out hurdles\n  geneva batch rsa-2017 --sweep sweep.yaml --out hurdles --resume   # after an interruption\n  geneva batch rsa-2017 --sweep sweep.yaml --design-seed 1 --seed 2 --out hurdles-2   # the same points, other dice\n  geneva batch rsa-2017 --runs 100000 --shard 2/4 --out part-2      # on the second of four machines\n  geneva batch rsa-2017 --runs 100000 --shard auto --out part-$SLURM_ARRAY_TASK_ID   # in each task of sbatch --array=1-4\n  geneva batch rsa-2017 --runs 100000 --shard auto --shards 4 --out /data/part-$JOB_COMPLETION_INDEX   # in each pod of a Kubernetes Indexed Job\n  geneva batch rsa-2017 --runs 10000 --resume --parquet            # runs.parquet of a finished batch\n\nA sweep file names a method: grid (every combination of levels), random (uniform points), lhs (a Latin hypercube), morris (trajectories for Morris screening) or sobol (Saltelli\'s design for Sobol indices). Ranges are uniform unless they name a distribution: normal (mean, sd, optionally truncated to min and max), triangular (min, mode, max) or log-uniform (min > 0, max). Optional blocks: seed: (the design seed) and discovery: (PRIM\'s alpha, minMass, minCoverage).\nmanifest.json records the batch and, under provenance, the command line, start and end times, wall time, Node version, host, platform, cores and versions.\n\nSee docs/batches.md for the sweep file format and how to read the results.',
    )
    .action(async (scenario: string, flags: BatchFlags) => done(await batchCommand(scenario, { ...batchOptions(flags), command: args })));
}

/** The options of `batch` from its flags. */
function batchOptions(flags: BatchFlags): BatchOptions {
  const budgetMs = positiveFlag('--budget', flags.budget);
  return {
    ...(flags.runs === undefined ? {} : { runs: integerFlag('--runs', flags.runs, 100_000_000) }),
    seed: flags.seed,
    ...(flags.sweep === undefined ? {} : { sweep: flags.sweep }),
    ...(flags.designSeed === undefined ? {} : { designSeed: flags.designSeed }),
    workers: integerFlag('--workers', flags.workers, 256),
    ...(flags.out === undefined ? {} : { out: flags.out }),
    resume: flags.resume === true,
    seat: flags.seat,
    budgetMs,
    loading: loadingOf(flags, budgetMs),
    gameLimitMs: positiveFlag('--time-limit', flags.timeLimit),
    quiet: flags.quiet === true,
    ...shardChoice(flags.shard, flags.shards, process.env),
    parquet: flags.parquet === true,
    ...(flags.queue === undefined ? {} : { queue: { target: redisFlag('--queue', flags.queue), waitMs: 1000 * positiveFlag('--queue-wait', flags.queueWait, 'seconds'), chunk: integerFlag('--chunk', flags.chunk, MAX_CHUNK) } }),
  };
}

/** A Redis URL flag, or its one-line error. */
function redisFlag(flag: string, text: string): RedisTarget {
  const target = parseRedisUrl(text);
  if (typeof target === 'string') throw new UserError(`geneva: ${flag} ${text.replace(/\/\/[^@/]*@/, '//…@')}: ${target}`);
  return target;
}

/** The flags of `worker` as commander parses them. */
interface WorkerFlags {
  readonly workers: string;
  readonly wait: string;
  readonly lock: string;
}

/** `geneva worker <redis-url>`. */
function addWorker(program: Command, done: (code: ExitCode) => void): void {
  program
    .command('worker')
    .description('play chunks of the batches put on a Redis queue (geneva batch … --queue URL), on this machine\'s threads, until stopped')
    .argument('<url>', 'the Redis: redis://[user:pass@]HOST:PORT[/DB] or rediss://…')
    .option('--workers <k>', 'threads that play games', String(defaultWorkers()))
    .option('--wait <s>', 'how long Redis may be out of reach at the start before giving up', '60')
    .option('--lock <ms>', 'how long a chunk stays with a worker that stopped answering before another takes it', '30000')
    .addHelpText('after', '\nExamples:\n  geneva worker redis://10.0.0.5:6379              # every core of this machine\n  geneva worker redis://10.0.0.5:6379 --workers 8\n\nSee docs/batches.md, "A batch on many machines".')
    .action(async (url: string, flags: WorkerFlags) =>
      done(await workerCommand(redisFlag('worker', url), { threads: integerFlag('--workers', flags.workers, 256), waitMs: 1000 * positiveFlag('--wait', flags.wait, 'seconds'), lockMs: integerFlag('--lock', flags.lock, 3_600_000) })),
    );
}

/** `geneva merge <dirs…> --out DIR`. */
function addMerge(program: Command, done: (code: ExitCode) => void, args: readonly string[]): void {
  program
    .command('merge')
    .description('put the shards of a batch (geneva batch … --shard K/N, one per machine) back together into one batch folder')
    .argument('<dirs...>', 'the folders of every shard of the batch, in any order')
    .requiredOption('--out <dir>', 'the folder of the whole batch (new)')
    .option('--parquet', 'also write runs.parquet (typed columns, compressed)')
    .addHelpText('after', '\nExample:\n  geneva merge part-1 part-2 part-3 part-4 --out batch-rsa-2017\n\nSee docs/batches.md (many machines).')
    .action(async (dirs: string[], flags: { readonly out: string; readonly parquet?: boolean }) => done(await mergeCommand(dirs, { out: flags.out, parquet: flags.parquet === true, command: args })));
}

/** `geneva schema`. */
function addSchema(program: Command, done: (code: ExitCode) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of scenario files (as in scenarios/schema.json), or of sweep files')
    .option('--sweep', 'the JSON Schema of sweep files instead (as in examples/sweeps/schema.json)')
    .option('--out <file>', 'write it to this file (atomically) instead of printing it')
    .action((flags: { readonly out?: string; readonly sweep?: boolean }) => done(schemaCommand({ sweep: flags.sweep === true, ...(flags.out === undefined ? {} : { out: flags.out }) })));
}

/** `geneva plot <dir>`; the command is loaded when run, so the figures' libraries cost no other command anything. */
function addPlot(program: Command, done: (code: ExitCode) => void): void {
  program
    .command('plot')
    .description('write SVG figures of a batch: outcomes per design point, sensitivity indices with intervals, PRIM, time series')
    .argument('<dir>', 'the folder of a batch (the --out of geneva batch)')
    .option('--out <dir>', 'where the SVG files go (default: <dir>/plots)')
    .option('--outcomes <list>', 'the outcomes to plot, comma-separated, or all (default: adopted, inForce, ratifications, civilianHarm, incidents, attributionTrust, welfareStates)')
    .addHelpText('after', '\nExamples:\n  geneva plot hurdles-and-quorum\n  geneva plot variance --outcomes inForce,civilianHarm --out figures\n\nSee docs/batches.md (Plots) for what each figure shows.')
    .action(async (dir: string, flags: { readonly out?: string; readonly outcomes?: string }) => {
      const { plotCommand } = await import('./commands/plot.js');
      done(await plotCommand(dir, { ...(flags.out === undefined ? {} : { out: flags.out }), ...(flags.outcomes === undefined ? {} : { outcomes: flags.outcomes }) }));
    });
}

/** `geneva strategies`. */
function addStrategies(program: Command, done: (code: ExitCode) => void): void {
  program
    .command('strategies')
    .description('list the built-in strategies')
    .option('--json', 'print them as a JSON array')
    .action((flags: { readonly json?: boolean }) => done(strategiesCommand({ json: flags.json === true })));
}

/** The flags of `tournament` as commander parses them. */
interface TournamentFlags {
  readonly strategies: string;
  readonly focus?: string[];
  readonly repetitions: string;
  readonly seed: string;
  readonly workers: string;
  readonly out?: string;
  readonly budget: string;
  readonly timeLimit: string;
  readonly json?: boolean;
  readonly bySeat?: boolean;
  readonly quiet?: boolean;
  readonly trusted?: boolean;
  readonly memory: string;
}

/** `geneva tournament <scenario>`. */
function addTournament(program: Command, done: (code: ExitCode) => void): void {
  program
    .command('tournament')
    .description("pit strategies against each other: each plays each focus seat against the scenario's defaults over the same seeds")
    .argument('<scenario>', 'a scenario file, or the id of a shipped scenario (e.g. rsa-2017)')
    .requiredOption('--strategies <list>', 'the entrants, comma-separated: built-in ids (see `geneva strategies`) and .ts/.js files')
    .option('--focus <actors...>', 'the seats they play (default: every seat of a kind some entrant plays)')
    .option('--repetitions <n>', 'seeds per entrant and seat (the same seeds for every entrant)', '30')
    .option('--seed <seed>', 'the tournament seed: game r is played with the seed <seed>/<r>', '1')
    .option('--workers <k>', 'worker threads', String(defaultWorkers()))
    .option('--out <dir>', 'where to write results.csv and summary.json (default: tournament-<scenario>)')
    .option('--budget <ms>', 'time a bot may take per decision; slower ones get the safe fallback and a fault', String(DEFAULT_BUDGET_MS))
    .option('--time-limit <ms>', 'wall-clock limit of one game; a game past it fails, naming the strategy deciding', '60000')
    .option('--by-seat', 'print the standings of every entrant in every seat too')
    .option('--json', 'print summary.json on stdout instead of the table')
    .option('--quiet', 'no progress on stderr')
    .option('--trusted', 'run strategy files in-process, unsandboxed: only for your own files, for speed (see docs/strategies.md)')
    .option('--memory <MB>', 'memory limit of each sandboxed strategy file, in MB', String(DEFAULT_MEMORY_MB))
    .addHelpText(
      'after',
      '\nStrategy files run sandboxed: a decision past --budget is interrupted, and is a fault of its seat. With --trusted, a decision still running after 10 budgets (at least 1 s) is taken as a hang: its game fails, naming the strategy, counts against it as a forfeit (a loss at the worst welfare of its seat and seed), and the tournament goes on.\n\nExamples:\n  geneva tournament rsa-2017 --strategies realist,norm-entrepreneur,reciprocator --focus usa chn\n  geneva tournament us-russia-bilateral --strategies ./my-bot.ts,realist --repetitions 100 --out results',
    )
    .action(async (scenario: string, flags: TournamentFlags) => done(await tournamentCommand(scenario, tournamentOptions(scenario, flags))));
}

/** The options of `tournament` from its flags. */
function tournamentOptions(scenario: string, flags: TournamentFlags): TournamentOptions {
  const strategies = flags.strategies.split(',').map((s) => s.trim());
  if (strategies.some((s) => s === '')) throw new UserError(`geneva: --strategies ${flags.strategies}: an empty name in the list`);
  const focus = flags.focus?.flatMap((f) => f.split(',')).map((f) => f.trim()).filter((f) => f !== '');
  const name = scenario.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/, '');
  const budgetMs = positiveFlag('--budget', flags.budget);
  return {
    strategies,
    ...(focus === undefined ? {} : { focus }),
    repetitions: integerFlag('--repetitions', flags.repetitions, 1_000_000),
    seed: flags.seed,
    workers: integerFlag('--workers', flags.workers, 256),
    out: flags.out ?? `tournament-${name}`,
    budgetMs,
    loading: loadingOf(flags, budgetMs),
    gameLimitMs: positiveFlag('--time-limit', flags.timeLimit),
    json: flags.json === true,
    bySeat: flags.bySeat === true,
    quiet: flags.quiet === true,
  };
}

/** A whole number from 1 to `max`, or a one-line error naming the flag. */
function integerFlag(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UserError(`geneva: ${flag} ${value}: expected a whole number from 1 to ${max}`);
  return n;
}

/** A positive number of milliseconds, or a one-line error naming the flag. */
function positiveFlag(flag: string, value: string, unit = 'milliseconds'): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`geneva: ${flag} ${value}: expected a positive number of ${unit}`);
  return n;
}

/**
 * How strategy files run: sandboxed with `--memory` MB and the decision budget as the time limit
 * of each call, unless `--trusted`.
 */
function loadingOf(flags: { readonly trusted?: boolean; readonly memory: string }, timeMs: number): FileLoading {
  const memoryMb = Number(flags.memory);
  if (!Number.isInteger(memoryMb) || memoryMb < 8 || memoryMb > 4096) throw new UserError(`geneva: --memory ${flags.memory}: expected a whole number of MB from 8 to 4096`);
  return { trusted: flags.trusted === true, limits: { memoryMb, timeMs } };
}

/** Collects a repeatable option. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The options of `play` from its flags. */
function playOptions(flags: PlayFlags): PlayOptions {
  const budgetMs = positiveFlag('--budget', flags.budget);
  return { seed: flags.seed, seat: flags.seat, json: flags.json === true, budgetMs, loading: loadingOf(flags, budgetMs), ...(flags.log === undefined ? {} : { log: flags.log }) };
}

/** The default time budget per decision, in milliseconds: generous for any reasonable bot. */
const DEFAULT_BUDGET_MS = 1000;

/** The options of `replay` from its flags. */
function replayOptions(flags: ReplayFlags): ReplayOptions {
  return { json: flags.json === true, seat: flags.seat, loading: loadingOf(flags, DEFAULT_BUDGET_MS), ...(flags.scenario === undefined ? {} : { scenario: flags.scenario }) };
}

/** Whether the command has finished its work (and may exit 0). */
let workDone = false;

/**
 * Makes an exit before the work is done a failure, in one line: a --trusted strategy file runs
 * in-process and may call `process.exit(0)` in the middle of a game or a tournament.
 */
function refuseEarlyExit(): void {
  process.on('exit', (code) => {
    if (workDone || code !== EXIT.ok) return;
    printErrors(['geneva: the work did not complete: something ended the process early (a --trusted strategy file?)']);
    process.exitCode = EXIT.invalid;
  });
}

/**
 * Runs the command line and returns the exit code. Never throws.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2));
 */
export async function run(args: readonly string[]): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  try {
    if (args.length === 0) throw new UserError('geneva: missing command (validate, play, replay, tournament, batch, merge, plot, schema, strategies); try geneva --help');
    await buildProgram((c) => (code = c), args).parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    return exitCodeOf(error);
  }
}

/** Prints a failure as one line (or the problem lines of a user error) and returns its exit code. */
function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CommanderError) return commanderExit(error);
  if (error instanceof UserError) {
    printErrors(error.lines);
    return error.code;
  }
  const trusted = trustedFilesLoaded();
  if (trusted.length > 0) {
    // A trusted file runs in the engine's realm and can break it anywhere: say so, and do not call it a bug.
    printErrors([`geneva: the work failed (${messageOf(error)}); the --trusted strategy file ${trusted.join(', ')} runs in-process and may have caused it: run it sandboxed (without --trusted) to find out`]);
    return EXIT.invalid;
  }
  printErrors([`geneva: internal error: ${messageOf(error)}${process.env[DEBUG_ENV] ? '' : ` (set ${DEBUG_ENV}=1 for details)`}`]);
  if (process.env[DEBUG_ENV] && error instanceof Error && error.stack !== undefined) printErrors([error.stack]);
  return EXIT.internal;
}

/** Help and version end with 0; every parsing error is one line and exit 2. */
function commanderExit(error: CommanderError): ExitCode {
  if (error.exitCode === 0) return EXIT.ok;
  // Help asked for a command that does not exist (`geneva help nosuch`): commander's message is a placeholder.
  const message = error.code === 'commander.help' ? 'no such command; try geneva --help' : messageOf(error).replace(/^error: /, '');
  printErrors([`geneva: ${message}`]);
  return EXIT.usage;
}

exitQuietlyOnBrokenPipe();
refuseEarlyExit();
const code = await run(process.argv.slice(2));
workDone = true;
process.exitCode = code;
// The work is done: end now, even if a --trusted strategy left a timer or a socket open.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
