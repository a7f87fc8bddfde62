/**
 * `geneva tournament <scenario> --strategies a,b,./c.ts [--focus ACTOR…] [--repetitions N] [--seed S]
 * [--workers K] [--out DIR]`: each entrant plays each focus seat against the scenario's default bots
 * over the same seeds, on worker threads; prints the standings, writes `results.csv` (a row per
 * game, with how it counted and its seats' fault reasons) and `summary.json`. A strategy that hangs
 * fails its game (named), the game counts against it as a forfeit, and the tournament goes on.
 */
import { stringify } from 'csv-stringify/sync';
import { builtinStrategies, builtinStrategy, contentHash, ENGINE_VERSION, flattenOutcome, type Cell, type Scenario } from '@geneva/engine';
import { planTournament, scoreGames, standingsOf, type Entrant, type Standing, type Standings, type TournamentPlan, type TournamentResult } from '../../index.js';
import { runGames } from '../../pool/pool.js';
import type { FaultReason, GameResult } from '../../pool/jobs.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { makeDirectory, printLines, writeFileAtomic, writeOut } from '../io.js';
import { loadScenario } from '../scenario-source.js';
import { isStrategyFile, loadStrategyFile, type FileLoading, type StrategySource } from '../strategy-files.js';
import { tableLines } from '../table.js';
import { progressDisplay } from '../progress.js';

/** The options of `geneva tournament`. */
export interface TournamentOptions {
  /** Entrants: built-in ids or strategy files, as given. */
  readonly strategies: readonly string[];
  /** Focus seats (default: every seat an entrant can play). */
  readonly focus?: readonly string[];
  readonly repetitions: number;
  readonly seed: string;
  readonly workers: number;
  /** Where results.csv and summary.json go. */
  readonly out: string;
  /** Milliseconds a decision may take before it gets the safe fallback and a fault. */
  readonly budgetMs: number;
  /** How strategy files run: sandboxed (the default) or trusted. */
  readonly loading: FileLoading;
  /** Wall-clock limit of one game, in milliseconds. */
  readonly gameLimitMs: number;
  /** Print the summary JSON on stdout instead of the table. */
  readonly json: boolean;
  /** Print the standings of every entrant in every seat too. */
  readonly bySeat: boolean;
  /** No progress on stderr. */
  readonly quiet: boolean;
}

/**
 * Runs a tournament, prints its standings and writes its files.
 *
 * @throws UserError for an unknown scenario, entrant or actor, or a strategy file that does not load (exit 2)
 * @example
 * await tournamentCommand('rsa-2017', { strategies: ['realist', './my-bot.ts'], focus: ['usa'], repetitions: 30, seed: '1', workers: 2, out: 'results', budgetMs: 1000, gameLimitMs: 60000, json: false, bySeat: false, quiet: false });
 */
export async function tournamentCommand(scenarioArgument: string, options: TournamentOptions): Promise<ExitCode> {
  const scenario = loadScenario(scenarioArgument);
  const { entrants, files } = await loadEntrants(scenario, options.strategies, options.loading);
  const plan = planOrExplain(scenario, entrants, options);
  const results: (GameResult | undefined)[] = new Array<GameResult | undefined>(plan.games.length);
  const progress = progressDisplay('tournament', 'games', plan.games.length, 0, { quiet: options.quiet });
  const started = Date.now();
  await runGames({ scenario, strategyFiles: files, budgetMs: options.budgetMs }, plan.games, {
    workers: options.workers,
    gameLimitMs: options.gameLimitMs,
    // A decision still running after ten budgets (at least a second) is not slow: it is stuck.
    decisionLimitMs: Math.max(1000, options.budgetMs * 10),
    onResults: (batch) => {
      for (const result of batch) {
        results[result.index] = result;
        progress.tick(1, result.ok ? 0 : 1);
      }
    },
  });
  progress.stop();
  const standings = standingsOf(plan, (i) => resultOf(results[i]!));
  const summary = summaryOf(scenario, plan, options, entrants, standings, Date.now() - started);
  makeDirectory(options.out);
  writeFileAtomic(`${options.out}/results.csv`, resultsCsv(plan, results));
  writeFileAtomic(`${options.out}/summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
  if (options.json) writeOut(`${JSON.stringify(summary, null, 2)}\n`);
  else printLines(reportLines(scenario, plan, options, standings, summary.seconds));
  return EXIT.ok;
}

/** The entrants, checked: built-in ids or strategy files that load, each named once. */
async function loadEntrants(scenario: Scenario, names: readonly string[], loading: FileLoading): Promise<{ entrants: Entrant[]; files: Record<string, StrategySource> }> {
  const entrants: Entrant[] = [];
  const files: Record<string, StrategySource> = {};
  for (const name of names) {
    const flag = `--strategies ${name}`;
    if (entrants.some((e) => e.name === name)) throw new UserError(`geneva: ${flag}: entered twice`);
    if (isStrategyFile(name)) {
      const strategy = await loadStrategyFile(name, flag, loading);
      files[name] = strategy.source;
      strategy.dispose();
      entrants.push({ name, meta: strategy.meta });
      continue;
    }
    const strategy = builtinStrategy(name);
    if (strategy === undefined)
      throw new UserError(`geneva: ${flag}: no built-in strategy "${name}", and not a .ts/.js file (built-ins: ${builtinStrategies.map((s) => s.id).join(', ')})`);
    entrants.push({ name, meta: strategy.meta });
  }
  if (entrants.length === 0) throw new UserError(`geneva: --strategies: name at least one strategy (scenario ${scenario.id})`);
  return { entrants, files };
}

function planOrExplain(scenario: Scenario, entrants: readonly Entrant[], options: TournamentOptions): TournamentPlan {
  try {
    return planTournament(scenario, { entrants, repetitions: options.repetitions, seed: options.seed, ...(options.focus ? { focus: options.focus } : {}) });
  } catch (error) {
    throw new UserError(`geneva: ${options.focus ? '--focus' : '--strategies'}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function resultOf(result: GameResult): TournamentResult {
  if (!result.ok) return { ok: false, error: result.error, culprit: result.culprit };
  return { ok: true, outcome: result.outcome, faultsBy: result.faultsBy };
}

/**
 * results.csv: one row per game, baselines first; how it counted, the focus seat's figures as
 * scored (a forfeit's welfare is the worst of its seat and seed), every seat's faults with their
 * reasons, then the whole outcome.
 */
function resultsCsv(plan: TournamentPlan, results: readonly (GameResult | undefined)[]): string {
  const tournamentResult = (i: number) => resultOf(results[i]!);
  const scores = new Map(scoreGames(plan, tournamentResult).games.map((g) => [g.game.index, g.score]));
  const baseline = new Map(plan.games.filter((g) => g.entrant === null).map((g) => [g.repetition, tournamentResult(g.index)]));
  const rows = plan.games.map((game) => {
    const result = results[game.index]!;
    const score = scores.get(game.index);
    const base = baseline.get(game.repetition);
    const reference = base?.ok === true && game.focus !== null ? base.outcome.welfareBy[game.focus] : undefined;
    const scored = score !== undefined && score.kind !== 'void' ? score : undefined;
    const cells: Record<string, Cell | undefined> = {
      game: game.index,
      repetition: game.repetition,
      seed: game.seed,
      entrant: game.entrant ?? '(defaults)',
      focus: game.focus ?? '',
      counted: score?.kind ?? 'baseline',
      welfare: scored?.welfare ?? (result.ok && game.focus !== null ? result.outcome.welfareBy[game.focus] : undefined),
      defaultWelfare: reference,
      delta: scored === undefined ? undefined : round6(scored.delta),
      win: scored?.win,
      othersDelta: scored?.kind === 'played' ? round6(scored.others) : undefined,
      focusFaults: result.ok && game.focus !== null ? (result.faultsBy[game.focus] ?? 0) : undefined,
      faultReasons: result.ok ? faultText(result.faults) : '',
      error: result.ok ? '' : result.error,
      culprit: result.ok ? '' : (result.culprit ?? ''),
      ...(result.ok ? flattenOutcome(result.outcome) : {}),
    };
    return cells;
  });
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return stringify(rows, { header: true, columns, cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** A game's faults in one cell: `seat: reason`, a repeated reason with its count, separated by ` | `. */
function faultText(faults: readonly FaultReason[]): string {
  return faults.map((f) => `${f.seat}: ${f.reason}${f.count > 1 ? ` (×${f.count})` : ''}`).join(' | ');
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** summary.json: what was played, with which seeds and versions, and the standings. */
function summaryOf(scenario: Scenario, plan: TournamentPlan, options: TournamentOptions, entrants: readonly Entrant[], standings: Standings, ms: number) {
  return {
    format: 'geneva-tournament',
    version: 1,
    engine: ENGINE_VERSION,
    scenario: { id: scenario.id, hash: contentHash(scenario) },
    seed: options.seed,
    seeds: 'game r is played with the seed "<seed>/<r>"',
    repetitions: options.repetitions,
    focus: plan.focus,
    entrants: entrants.map((e) => ({ name: e.name, kinds: e.meta.kinds, stochastic: e.meta.stochastic, memory: e.meta.memory })),
    games: plan.games.length,
    workers: options.workers,
    budgetMs: options.budgetMs,
    seconds: Math.round(ms / 100) / 10,
    ranking: standings.ranking,
    defaults: standings.defaults,
    bySeat: standings.bySeat,
    scoring: SCORING,
    failures: standings.failures.map((f) => ({ game: f.game.index, entrant: f.game.entrant, focus: f.game.focus, seed: f.game.seed, error: f.error, culprit: f.culprit, counted: f.counted })),
    voids: standings.voids,
  };
}

/** How failed games count and what the unit is, in summary.json (the printed report says the same in sentences). */
const SCORING = {
  unit: 'the seed: an entrant\'s figures in its focus seats are averaged per seed, then the mean and 95% CI are taken over seeds',
  forfeit: 'a game failed by the entrant\'s own strategy is a loss (win 0) with the worst welfare any finished game got in that seat on that seed, the default\'s included',
  void: 'a game failed by someone else (a default bot, or no culprit) leaves that seat on that seed out for every entrant; a failed all-default game leaves its whole seed out',
  ranking: 'by mean difference with the default, then by win share; equal figures share a rank (1, 1, 3)',
} as const;

/** The printed report: what was played, the ranking, failures and void pairs, how they count, and where the files are. */
function reportLines(scenario: Scenario, plan: TournamentPlan, options: TournamentOptions, standings: Standings, seconds: number): string[] {
  const header = ['rank', 'strategy', 'seats', 'seeds', 'games', 'welfare', '95% CI', 'vs default', '95% CI', 'wins', 'others', 'faults', 'forfeits', 'void'];
  const right = [true, false, true, true, true, true, false, true, false, true, true, true, true, true];
  const row = (rank: string, s: Standing) => [
    rank, s.entrant, String(s.seats.length), String(s.delta.n), String(s.games), fixed(s.welfare.mean), interval(s.welfare.ci95), signed(s.delta.mean), interval(s.delta.ci95, true),
    Number.isNaN(s.winShare) ? '–' : `${(s.winShare * 100).toFixed(1)}%`, signed(s.others.mean), String(s.faults), String(s.forfeits), String(s.voided),
  ];
  const lines = [
    `Tournament on ${scenario.id}: ${options.strategies.length} ${options.strategies.length === 1 ? 'entrant' : 'entrants'}, focus ${plan.focus.join(', ')}, ${options.repetitions} ${options.repetitions === 1 ? 'seed' : 'seeds'} (${options.seed}/0…), ${plan.games.length} games on ${options.workers} ${options.workers === 1 ? 'worker' : 'workers'} in ${seconds} s`,
    '',
    ...tableLines(header, [...standings.ranking.map((s) => row(String(s.rank), s)), row('', standings.defaults)], right),
  ];
  if (options.bySeat) lines.push('', ...tableLines(['strategy', 'seat', ...header.slice(3)], standings.bySeat.map((s) => [s.entrant, s.seats.join(','), ...row('', s).slice(3)]), [false, false, ...right.slice(3)]));
  lines.push(...failureLines(standings));
  lines.push(
    '',
    "Ranked by the mean welfare difference with the scenario's default in the same seat and seed, then by wins; equal figures share a rank.",
    'The seed is the unit: an entrant\'s differences in its seats are averaged per seed, and means and 95% CIs are over seeds.',
    "wins: share of seeds it did better (ties half); others: the mean change in every other actor's welfare against the default's game.",
    "A game an entrant's own strategy failed (hung, died, ran out of time) is a forfeit: a loss, with the worst welfare any game got",
    "in that seat on that seed. A game failed by someone else voids that seat on that seed for every entrant (void: its games left out).",
    ...(options.repetitions === 1 ? ['With one seed there is no spread to measure, so no interval (–): play more seeds (--repetitions) for one.'] : []),
    `Wrote ${options.out}/results.csv and ${options.out}/summary.json`,
  );
  return lines;
}

/** The failed games (how each counted) and the void pairs, ten of each at most. */
function failureLines(standings: Standings): string[] {
  const lines: string[] = [];
  const { failures, voids } = standings;
  if (failures.length > 0) {
    const forfeits = failures.filter((f) => f.counted === 'forfeit').length;
    lines.push('', `${failures.length} failed ${failures.length === 1 ? 'game' : 'games'}: ${forfeits} counted as ${forfeits === 1 ? 'a forfeit' : 'forfeits'} (losses), ${failures.length - forfeits} left out:`);
    for (const f of failures.slice(0, 10))
      lines.push(`  game ${f.game.index} (${f.game.entrant ?? 'defaults'}${f.game.focus ? ` as ${f.game.focus}` : ''}, seed ${f.game.seed}, ${f.counted === 'forfeit' ? 'a forfeit' : 'left out'}): ${f.error}`);
    if (failures.length > 10) lines.push(`  … and ${failures.length - 10} more in summary.json`);
  }
  if (voids.length > 0) {
    lines.push('', `${voids.length} void ${voids.length === 1 ? 'pair' : 'pairs'} (left out for every entrant):`);
    for (const v of voids.slice(0, 10)) lines.push(`  ${v.focus === null ? 'every seat' : `seat ${v.focus}`} on seed ${v.seed}: ${v.why}`);
    if (voids.length > 10) lines.push(`  … and ${voids.length - 10} more in summary.json`);
  }
  return lines;
}

function fixed(x: number): string {
  return Number.isNaN(x) ? '–' : x.toFixed(3);
}

function signed(x: number): string {
  return Number.isNaN(x) ? '–' : `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
}

/** An interval, '–' where there is none (a single seed has no spread to make one from). */
function interval(ci: readonly [number, number] | null, sign = false): string {
  if (ci === null) return '–';
  const f = sign ? signed : fixed;
  return Number.isNaN(ci[0]) ? '' : `[${f(ci[0])}, ${f(ci[1])}]`;
}
