/**
 * The conformance check for strategy authors: `testStrategy(strategy)` plays the strategy in every
 * shipped scenario, in every seat of the kinds it claims, over several seeds, next to the scenario's
 * default bots, and reports every way it breaks the contract. Node-only (it reads the shipped
 * scenario files and times decisions), so it lives in the `@geneva/lab/testing` entry point.
 *
 * @example
 * import { testStrategy } from '@geneva/lab/testing';
 * import myBot from './my-bot.js';
 * it('keeps the strategy contract', () => expect(testStrategy(myBot).problems).toEqual([]));
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { realmChanges, realmSnapshot } from './realm.js';
import { watchedCopy } from './watched.js';
import { builtinStrategy, checkSheet, createGame, deriveRng, parseScenario, playBots, playGame, replay, replayRecordOf, restoreGame, grantLiveViews, rngOf, saveGame, type Memory, type Scenario, type Sheet, type Strategy } from '@geneva/engine';

/** Options of {@link testStrategy}. */
export interface TestStrategyOptions {
  /** Seeds per seat (default 3). */
  readonly seeds?: number;
  /** Scenarios to play (default: every shipped scenario). */
  readonly scenarios?: readonly Scenario[];
  /** Time budget per decision, in milliseconds (default 50). */
  readonly budgetMs?: number;
  /** At most this many seats per scenario (default: all the seats of the claimed kinds). */
  readonly seatsPerScenario?: number;
}

/** What {@link testStrategy} found. */
export interface StrategyReport {
  /** Games played. */
  readonly games: number;
  /** Decisions the strategy took. */
  readonly decisions: number;
  /** The slowest decision, in milliseconds. */
  readonly slowestMs: number;
  /** Every problem, one line each (`scenario seed actor step: what`); empty when the strategy conforms. */
  readonly problems: readonly string[];
}

/**
 * Checks a strategy against the contract: it returns only legal sheets, the same sheet (and memory)
 * for the same view, request, memory and random stream (reproducible under a seed), the same sheet
 * whatever the stream when it says it is not stochastic, never tries to change its view, events or
 * request by any route (they are watched copies: every attempt is reported, even one it catches),
 * never changes the JavaScript built-ins, does not depend on hidden state (asked again after another
 * game was played in between, it decides the same), never throws, stays within the time budget,
 * declares the memory hooks it has, and, in one game per scenario, plays the same game when the
 * game is saved and restored half-way and when it is replayed.
 *
 * @example
 * const report = testStrategy(myBot, { seeds: 5 });
 * for (const line of report.problems) console.log(line);
 */
export function testStrategy(strategy: Strategy, options: TestStrategyOptions = {}): StrategyReport {
  const seeds = options.seeds ?? 3;
  const budgetMs = options.budgetMs ?? 50;
  const report = { games: 0, decisions: 0, slowestMs: 0, problems: metaProblems(strategy) };
  for (const scenario of options.scenarios ?? shippedScenarios()) {
    const seats = Object.entries(scenario.actors)
      .filter(([, a]) => strategy.meta.kinds.includes(a.kind))
      .map(([id]) => id)
      .slice(0, options.seatsPerScenario ?? Infinity);
    for (const seat of seats) {
      for (let seed = 0; seed < seeds; seed++) {
        const where = `${scenario.id} seed ${seed} ${seat}`;
        const decoy = () => void playGame(scenario, { seed: `${seed}/another game`, seats: { [seat]: strategy.id }, strategies: (id) => (id === strategy.id ? strategy : builtinStrategy(id)) });
        const checked = checkedStrategy(strategy, where, budgetMs, report, decoy);
        const lookup = (id: string) => (id === strategy.id ? checked : builtinStrategy(id));
        const realm = realmSnapshot();
        try {
          playGame(scenario, { seed, seats: { [seat]: strategy.id }, strategies: lookup });
          report.games++;
        } catch (error) {
          report.problems.push(`${where}: the game failed: ${messageOf(error)}`);
        }
        report.problems.push(...realmProblem(where, realmChanges(realm, realmSnapshot())));
        if (report.problems.length >= 50) return { ...report, problems: [...report.problems, '(stopped after 50 problems)'] };
      }
    }
    const first = seats[0];
    if (first !== undefined) report.problems.push(...persistenceProblems(strategy, scenario, first));
  }
  return report;
}

/** What the metadata promises and the object does not keep. */
function metaProblems(strategy: Strategy): string[] {
  const hooks = (['initialMemory', 'observe'] as const).filter((hook) => typeof strategy[hook] === 'function');
  return !strategy.meta.memory && hooks.length > 0 ? [`meta.memory is false but the strategy has ${hooks.join(' and ')} (the engine calls them only when meta.memory is true)`] : [];
}

/** The decision of a game at which the strategy is asked again after another game was played. */
const HIDDEN_STATE_CHECK_AT = 4;

/**
 * The strategy, wrapped to time and check every decision it takes in a game. It decides on watched
 * copies of its view, events and request (every attempt to change them is a problem, even one it
 * catches), with the realm's built-ins watched; at one decision a game, it decides again after
 * another game was played in between (`decoy`), which only hidden state can tell apart.
 */
function checkedStrategy(strategy: Strategy, where: string, budgetMs: number, report: { decisions: number; slowestMs: number; problems: string[] }, decoy: () => void): Strategy {
  const { observe } = strategy;
  let decisions = 0;
  // It copies what it is given before the strategy sees it (watched copies): it reads by reference.
  return grantLiveViews({
    ...strategy,
    ...(observe
      ? {
          observe: (events, view, memory) => {
            const writes = new Set<string>();
            observe.call(strategy, watchedCopy(events, 'events', (w) => writes.add(w)), watchedCopy(view, 'view', (w) => writes.add(w)), memory);
            tampering(`${where} observe`, writes, report.problems);
          },
        }
      : {}),
    decide(view, request, rng, memory) {
      report.decisions++;
      decisions++;
      const at = `${where} step ${request.step}`;
      const writes = new Set<string>();
      // One copy for every call of this decision: every write to it is refused, so it stays as given.
      const [given, asked] = [watchedCopy(view, 'view', (w) => writes.add(w)), watchedCopy(request, 'request', (w) => writes.add(w))];
      const before = JSON.stringify(memory);
      const start = performance.now();
      let sheet: Sheet;
      try {
        sheet = strategy.decide(given, asked, rng, memory);
      } catch (error) {
        tampering(at, writes, report.problems);
        report.problems.push(`${at}: threw: ${messageOf(error)}`);
        throw error;
      }
      const ms = performance.now() - start;
      report.slowestMs = Math.max(report.slowestMs, ms);
      if (ms > budgetMs) report.problems.push(`${at}: took ${ms.toFixed(1)} ms (budget ${budgetMs} ms)`);
      tampering(at, writes, report.problems);
      const illegal = checkSheet(request, sheet);
      if (illegal !== null) report.problems.push(`${at}: illegal sheet: ${illegal.slot}: ${illegal.message}`);
      // Decide again from the same inputs: same stream twice, then (if deterministic) another stream.
      const again = (salt: number) => {
        const copy = JSON.parse(before) as Memory;
        const result = strategy.decide(given, asked, rngOf(deriveRng(view.self.index ^ salt, request.seat, request.step)), copy);
        return JSON.stringify([result, copy]);
      };
      const first = again(0x5eed);
      const irreproducible = `${at}: not reproducible: two calls with the same view, request, memory and stream gave different sheets or memories`;
      if (first !== again(0x5eed)) report.problems.push(irreproducible);
      else if (!strategy.meta.stochastic && first !== again(0xbad))
        // Tell hidden state (the same stream now differs too) from use of the stream.
        report.problems.push(first !== again(0x5eed) ? irreproducible : `${at}: meta.stochastic is false, but another random stream gave another sheet or memory`);
      else if (decisions === HIDDEN_STATE_CHECK_AT) {
        decoy();
        if (again(0x5eed) !== first)
          report.problems.push(`${at}: depends on hidden state: with the same view, request, memory and stream it decided otherwise once another game had been played (it keeps state outside its memory, or reads past its view)`);
      }
      return sheet;
    },
  });
}

/** The problem of a decision that tried to change what it was given. */
function tampering(at: string, writes: ReadonlySet<string>, problems: string[]): void {
  if (writes.size > 0) problems.push(`${at}: tried to change ${listed([...writes])} (what a strategy is given is read-only)`);
}

/** The problem of a game in which the strategy changed the realm's built-ins. */
function realmProblem(where: string, builtins: readonly string[]): string[] {
  return builtins.length === 0 ? [] : [`${where}: changed the JavaScript built-ins ${listed(builtins)} (in-process this reaches the engine and every other seat)`];
}

function listed(items: readonly string[]): string {
  return `${items.slice(0, 3).join(', ')}${items.length > 3 ? ` and ${items.length - 3} more` : ''}`;
}

/**
 * Plays one game (seed 0, the strategy in `seat`) through the immutable API three ways (straight
 * through; saved and restored half-way; replayed from its record) and reports any difference.
 */
function persistenceProblems(strategy: Strategy, scenario: Scenario, seat: string): string[] {
  const where = `${scenario.id} seed 0 ${seat}`;
  const lookup = (id: string) => (id === strategy.id ? strategy : builtinStrategy(id));
  try {
    const straight = playBots(createGame(scenario, { seed: 0, seats: { [seat]: strategy.id } }), lookup);
    const half = Math.floor(straight.history.length / 2);
    const game = playBots(createGame(scenario, { seed: 0, seats: { [seat]: strategy.id } }), lookup, half);
    const restored = restoreGame(saveGame(game));
    if (!restored.ok) return [`${where}: the save half-way does not restore: ${restored.error}`];
    const resumed = playBots(restored.state, lookup);
    const problems: string[] = [];
    if (saveGame(resumed) !== saveGame(straight)) problems.push(`${where}: saved and restored half-way, the game went another way (does the strategy keep state outside its memory?)`);
    const replayed = replay(scenario, replayRecordOf(straight));
    if (!replayed.ok) problems.push(`${where}: the replay diverged at step ${replayed.divergence.step}: ${replayed.divergence.reason}`);
    else if (JSON.stringify(replayed.state.memory) !== JSON.stringify(straight.memory)) problems.push(`${where}: the replay did not restore the strategy's memory`);
    return problems;
  } catch (error) {
    return [`${where}: the save/replay game failed: ${messageOf(error)}`];
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The scenarios shipped in the repository's `scenarios/` folder. */
export function shippedScenarios(): Scenario[] {
  const dir = fileURLToPath(new URL('../../../../scenarios/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const result = parseScenario(readFileSync(dir + f, 'utf8'), dir + f);
      if (!result.ok) throw new Error(`${dir + f} is not a valid scenario`);
      return result.scenario;
    });
}
