/**
 * The worker of the game pool (a piscina worker): plays each game of a task on the fast path and
 * returns the results. Before each decision it writes the seat and a decision count into the
 * task's shared progress cells, so the main thread can tell a hung strategy from a slow game and
 * name it.
 */
import { performance } from 'node:perf_hooks';
import { workerData } from 'node:worker_threads';
import { contentHash, grantLiveViews, outcomeOf, playGame, readsLiveViews, seriesOf, type GameState, type Scenario, type Strategy, type StrategyLookup } from '@geneva/engine';
import type { Design } from '../batch/sweep.js';
import { batchRun, failedRow, rowFormatter } from '../batch/runs.js';
import { RowBlocks } from '../batch/row-blocks.js';
import { compileOutcomes } from '../batch/derived.js';
import { seriesLines } from '../batch/series-rows.js';
import type { LoadedStrategyFile, StrategySource } from '../cli/strategy-files.js';
import { MAX_FAULT_REASONS, PROGRESS, strategyFilesPlay, type FaultReason, type GameResult, type PoolSetup, type PoolTask, type TaskOutput } from './jobs.js';

const setup = workerData as PoolSetup;

/**
 * The time budget of a decision, only where a strategy file plays: the built-in bots are fast,
 * and without a clock their games do not depend on the machine's load at all.
 */
const budget = strategyFilesPlay(setup) ? { ms: setup.budgetMs, clock: () => performance.now() } : undefined;

/** A batch's rows (when the setup asks for rows): each formatted and encoded as soon as its game ends. */
const rows = setup.rows === undefined || setup.design === undefined ? null : batchRows(setup.design, setup.rows);

/** The scenario with a design point's parameters: loaded for sweeps only (it brings the scenario's validator). */
const withPoint = setup.design !== undefined && setup.design.paths.length > 0 ? await pointScenarios(setup.design) : null;

/**
 * The strategy files, loaded once per worker from what the main thread prepared: a sandboxed file's
 * code does not run here until a game starts it, in that game's own context.
 */
const files = loadFiles(setup.strategyFiles);

/**
 * Loads the strategy files; the loaders (esbuild, isolated-vm, tsx) only when there are files, so
 * a batch of built-in bots does not load them in every worker before its first game.
 */
async function loadFiles(sources: Readonly<Record<string, StrategySource>>): Promise<{ loaded: Map<string, LoadedStrategyFile>; gameStrategies: typeof import('../cli/strategy-files.js').gameStrategies | null }> {
  const loaded = new Map<string, LoadedStrategyFile>();
  if (Object.keys(sources).length === 0) return { loaded, gameStrategies: null };
  const { gameStrategies, strategyFromSource } = await import('../cli/strategy-files.js');
  for (const [name, source] of Object.entries(sources)) loaded.set(name, await strategyFromSource(source, name));
  return { loaded, gameStrategies };
}

/** Plays a task's games in order. */
export default async function playTask(task: PoolTask): Promise<TaskOutput> {
  const { loaded, gameStrategies } = await files;
  const results: GameResult[] = [];
  for (let k = 0; k < task.jobs.length; k++) {
    const job = task.jobs[k]!;
    task.progress.fill(0, PROGRESS.seatTime);
    Atomics.store(task.progress, PROGRESS.game, k);
    // Every game its own sessions: a sandboxed strategy starts each game afresh.
    const game = gameStrategies !== null && loaded.size > 0 ? gameStrategies(loaded) : null;
    const lookup = game === null ? undefined : watched(game.lookup, task.progress);
    try {
      const { scenario, hash } = scenarioOf(job.point);
      const state = playGame(scenario, { seed: job.seed, seats: job.seats, scenarioHash: hash, ...(lookup ? { strategies: lookup } : {}), ...(budget ? { budget } : {}) });
      if (rows === null) results.push({ index: job.index, ok: true, outcome: outcomeOf(state), faultsBy: faultsBy(state), faults: faultReasons(state) });
      else rows.played(job.index, state);
    } catch (error) {
      const message = `the game failed: ${error instanceof Error ? error.message : String(error)}`;
      if (rows === null) results.push({ index: job.index, ok: false, error: message, culprit: null });
      else rows.failed(job.index, message);
    } finally {
      game?.close();
    }
  }
  return { results, rows: rows?.take() ?? [] };
}

async function pointScenarios(design: Design): Promise<(point: number) => Scenario> {
  const [{ withParameters }, { pointValues }] = await Promise.all([import('@geneva/engine'), import('../batch/sweep.js')]);
  return (point) => {
    const result = withParameters(setup.scenario, pointValues(design, point));
    if (!result.ok) throw new Error(`point ${point}: ${result.path}: ${result.reason}`);
    return result.scenario;
  };
}

/** The scenario of a design point (and its hash), built once per point in a row of jobs. */
let lastPoint: { point: number | undefined; scenario: Scenario; hash: string } | null = null;
function scenarioOf(point: number | undefined): { scenario: Scenario; hash: string } {
  if (lastPoint !== null && lastPoint.point === point) return lastPoint;
  const scenario = withPoint !== null && point !== undefined ? withPoint(point) : setup.scenario;
  const built = { point, scenario, hash: contentHash(scenario) };
  lastPoint = built;
  return built;
}

/**
 * The batch's row formatter: its columns, with the sweep's derived outcomes compiled (the main
 * thread checked them before any run; a setup from elsewhere that fails here fails every game).
 */
function batchRows(design: Design, { columns, seed, derived = {} }: NonNullable<PoolSetup['rows']>) {
  const blocks = new RowBlocks();
  const names = new Set(Object.keys(derived));
  const compiled = compileOutcomes(derived, columns.filter((c) => !names.has(c)));
  if (!compiled.ok) throw new Error(`outcomes.${compiled.name}: ${compiled.reason}`);
  const format = rowFormatter(design, columns, compiled.outcomes);
  return {
    played: (index: number, state: GameState) => {
      const run = batchRun(design, seed, index);
      blocks.add(index, format(run, outcomeOf(state)), false, seriesLines(run, seriesOf(state)));
    },
    failed: (index: number, error: string) => blocks.add(index, failedRow(design, seed, index, error, columns), true),
    take: () => blocks.take(),
  };
}

/**
 * Every strategy, wrapped where strategy files play to report its seat and count its decisions
 * before each call, and to add up each seat's decision time: a game that runs past its limit is
 * then blamed on the strategy that spent the time, not on whichever seat happened to be deciding
 * when the limit passed. Built-in bots alone play unwrapped (their code is the engine's; a game that
 * never ends is caught by the game's time limit): a wrapper costs a call per decision, a few percent
 * of a batch.
 */
function watched(strategies: StrategyLookup, progress: Int32Array): StrategyLookup | undefined {
  if (budget === undefined) return undefined;
  const cache = new Map<string, Strategy>();
  return (id) => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const strategy = strategies(id);
    if (strategy === undefined) return undefined;
    const wrapped = timed(strategy, progress, budget.clock);
    // The wrapper passes the view on as it is given: it reads by reference where the strategy does.
    if (readsLiveViews(strategy)) grantLiveViews(wrapped);
    cache.set(id, wrapped);
    return wrapped;
  };
}

/**
 * Reports the seat and counts the decision before each call. Plain stores, not Atomics: the
 * watchdog only needs to see them within milliseconds, and a fence (or a closure) per decision
 * would cost more than the decision of a simple bot.
 */
function marked(strategy: Strategy, progress: Int32Array): Strategy {
  const { observe } = strategy;
  return {
    ...strategy,
    decide(view, request, rng, memory) {
      progress[PROGRESS.seat] = view.seat;
      progress[PROGRESS.decisions]!++;
      return strategy.decide(view, request, rng, memory);
    },
    ...(observe
      ? {
          observe(events, view, memory) {
            progress[PROGRESS.seat] = view.seat;
            progress[PROGRESS.decisions]!++;
            observe.call(strategy, events, view, memory);
          },
        }
      : {}),
  };
}

/** {@link marked}, and adds up each seat's decision time in microseconds (games with a clock). */
function timed(strategy: Strategy, progress: Int32Array, clock: () => number): Strategy {
  const inner = marked(strategy, progress);
  const spent = (seat: number, start: number) => {
    const cell = PROGRESS.seatTime + seat;
    progress[cell] = Math.min(2 ** 31 - 1, progress[cell]! + Math.round(1000 * (clock() - start)));
  };
  const { observe } = inner;
  return {
    ...inner,
    decide(view, request, rng, memory) {
      const start = clock();
      try {
        return inner.decide(view, request, rng, memory);
      } finally {
        spent(view.seat, start);
      }
    },
    ...(observe
      ? {
          observe(events, view, memory) {
            const start = clock();
            try {
              observe.call(inner, events, view, memory);
            } finally {
              spent(view.seat, start);
            }
          },
        }
      : {}),
  };
}

function faultsBy(state: GameState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const step of state.history) for (const [seat] of step.faults) counts[state.actors[seat]!.id] = (counts[state.actors[seat]!.id] ?? 0) + 1;
  return counts;
}

/** The distinct (seat, reason) faults of a game with their counts, the first {@link MAX_FAULT_REASONS} (tournaments write them in results.csv). */
function faultReasons(state: GameState): FaultReason[] {
  const found = new Map<string, { seat: string; reason: string; count: number }>();
  for (const step of state.history)
    for (const [seat, text] of step.faults) {
      const reason = text.length > 200 ? `${text.slice(0, 199)}…` : text;
      const key = `${seat}\n${reason}`;
      const known = found.get(key);
      if (known !== undefined) known.count++;
      else if (found.size < MAX_FAULT_REASONS) found.set(key, { seat: state.actors[seat]!.id, reason, count: 1 });
    }
  return [...found.values()];
}
