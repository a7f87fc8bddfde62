/**
 * The conformance check for strategy authors: `testStrategy(strategy)` plays the strategy in every
 * shipped scenario, in every seat of the kinds it claims, over several seeds, next to the scenario's
 * default bots, and reports every way it breaks the contract. Node-only (it reads the shipped
 * scenario files and times decisions), so it lives in the `@geneva/engine/testing` entry point.
 *
 * @example
 * import { testStrategy } from '@geneva/engine/testing';
 * import myBot from './my-bot.js';
 * it('keeps the strategy contract', () => expect(testStrategy(myBot).problems).toEqual([]));
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { freeze } from 'immer';
import { builtinStrategy, checkSheet, parseScenario, playGame, rngOf, deriveRng, type Scenario, type Sheet, type Strategy } from '../index.js';

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
 * Checks a strategy against the contract: it returns only legal sheets, the same sheet for the same
 * view, request and random stream (reproducible under a seed), never changes its view (views are
 * frozen here, so a write throws), never throws, and stays within the time budget.
 */
export function testStrategy(strategy: Strategy, options: TestStrategyOptions = {}): StrategyReport {
  const seeds = options.seeds ?? 3;
  const budgetMs = options.budgetMs ?? 50;
  const problems: string[] = [];
  let games = 0;
  let decisions = 0;
  let slowestMs = 0;
  for (const scenario of options.scenarios ?? shippedScenarios()) {
    const seats = Object.entries(scenario.actors)
      .filter(([, a]) => strategy.meta.kinds.includes(a.kind))
      .map(([id]) => id)
      .slice(0, options.seatsPerScenario ?? Infinity);
    for (const seat of seats) {
      for (let seed = 0; seed < seeds; seed++) {
        const where = `${scenario.id} seed ${seed} ${seat}`;
        const lookup = (id: string) => (id === strategy.id ? checked : builtinStrategy(id));
        const checked: Strategy = {
          ...strategy,
          decide(view, request, rng) {
            decisions++;
            const frozen = freeze(structuredClone(view), true);
            const start = performance.now();
            let sheet: Sheet;
            try {
              sheet = strategy.decide(frozen, request, rng);
            } catch (error) {
              problems.push(`${where} step ${request.step}: threw: ${error instanceof Error ? error.message : String(error)}`);
              throw error;
            }
            const ms = performance.now() - start;
            slowestMs = Math.max(slowestMs, ms);
            if (ms > budgetMs) problems.push(`${where} step ${request.step}: took ${ms.toFixed(1)} ms (budget ${budgetMs} ms)`);
            const illegal = checkSheet(request, sheet);
            if (illegal !== null) problems.push(`${where} step ${request.step}: illegal sheet: ${illegal.slot}: ${illegal.message}`);
            const again = strategy.decide(frozen, request, rngOf(deriveRng(view.self.index ^ 0x5eed, request.seat, request.step)));
            const repeat = strategy.decide(frozen, request, rngOf(deriveRng(view.self.index ^ 0x5eed, request.seat, request.step)));
            if (JSON.stringify(again) !== JSON.stringify(repeat)) problems.push(`${where} step ${request.step}: not reproducible: two calls with the same view, request and stream gave different sheets`);
            return sheet;
          },
        };
        try {
          playGame(scenario, { seed, seats: { [seat]: strategy.id }, strategies: lookup });
          games++;
        } catch (error) {
          problems.push(`${where}: the game failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (problems.length >= 50) return { games, decisions, slowestMs, problems: [...problems, '(stopped after 50 problems)'] };
      }
    }
  }
  return { games, decisions, slowestMs, problems };
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
