/**
 * The worked examples in examples/strategies/ keep the strategy contract (testStrategy) and play
 * through the real CLI; and testStrategy itself catches the ways a strategy can break it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineStrategy, type Sheet, type Strategy } from '@geneva/engine';
import { shippedScenarios, testStrategy } from '@geneva/lab/testing';
import cautiousState from '../../examples/strategies/cautious-state.js';
import loyalFirm from '../../examples/strategies/loyal-firm.js';
import watchdogNgo from '../../examples/strategies/watchdog-ngo.js';
import grudgingState from '../../examples/strategies/grudging-state.js';
import { geneva } from '../cli/helpers.js';

const examples = { 'cautious-state': cautiousState, 'loyal-firm': loyalFirm, 'watchdog-ngo': watchdogNgo, 'grudging-state': grudgingState };
const seatOf = { 'cautious-state': 'usa', 'loyal-firm': 'microsoft', 'watchdog-ngo': 'accessnow', 'grudging-state': 'chn' } as const;

describe('the example strategies', () => {
  for (const [file, strategy] of Object.entries(examples)) {
    it(`${file} keeps the contract in every shipped scenario`, () => {
      // The contract, not the speed: a garbage-collection pause on a busy 2-core machine can exceed
      // the 50 ms default; a slow strategy is caught by testStrategy's own tests.
      const report = testStrategy(strategy as Strategy, { seeds: 2, seatsPerScenario: 3, budgetMs: 1000 });
      expect(report.problems).toEqual([]);
      expect(report.games).toBeGreaterThan(0);
      expect(report.decisions).toBeGreaterThan(report.games);
    });

    it(`${file} plays through geneva play --seat`, () => {
      const path = fileURLToPath(new URL(`../../examples/strategies/${file}.ts`, import.meta.url));
      const run = geneva(['play', 'rsa-2017', '--seat', `${seatOf[file as keyof typeof seatOf]}=${path}`, '--json']);
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as { outcome: { faults: number } }).outcome.faults).toBe(0);
    });
  }
});

describe('testStrategy', () => {
  const scenarios = shippedScenarios().filter((s) => s.id === 'us-russia-bilateral');
  const base = { name: 'x', description: 'x', meta: { kinds: ['state'] as const, stochastic: false, memory: false } };

  it('reports illegal sheets, exceptions, mutation of the view, irreproducibility and slowness', () => {
    let calls = 0;
    const cases = {
      illegal: defineStrategy({ ...base, id: 'illegal', decide: (_v, r) => ({ phase: r.phase, nonsense: 1 }) as unknown as Sheet }),
      throws: defineStrategy({ ...base, id: 'throws', decide: () => { throw new Error('kaboom'); } }),
      mutates: defineStrategy({ ...base, id: 'mutates', decide: (v, r) => { (v.public.text as number[])[0] = 1; return { phase: r.phase } as Sheet; } }),
      irreproducible: defineStrategy({ ...base, id: 'irreproducible', decide: (_v, r) => (r.phase === 'vote' ? { phase: 'vote', vote: calls++ % 2 === 0 ? 'yes' : 'no' } : ({ phase: r.phase } as Sheet)) }),
      slow: defineStrategy({ ...base, id: 'slow', decide: (_v, r) => { const end = performance.now() + 3; while (performance.now() < end); return { phase: r.phase } as Sheet; } }),
    };
    const expected = { illegal: /illegal sheet/, throws: /threw: kaboom/, mutates: /tried to change view\.public\.text\.0 \(what a strategy is given is read-only\)/, irreproducible: /not reproducible/, slow: /took .* ms \(budget 1 ms\)/ };
    for (const [name, strategy] of Object.entries(cases)) {
      const report = testStrategy(strategy, { seeds: 1, scenarios, budgetMs: 1, seatsPerScenario: 1 });
      expect(report.problems.join('\n'), name).toMatch(expected[name as keyof typeof expected]);
    }
  });

  it('reports a strategy that keeps state outside its memory, a false stochastic flag and undeclared memory hooks', () => {
    let outside = 0; // state kept in a module variable: lost on save/restore, so the resumed game differs
    const cases = {
      outside: defineStrategy({ ...base, id: 'outside', decide: (_v, r) => (r.phase === 'vote' ? { phase: 'vote', vote: ++outside > 3 ? 'no' : 'yes' } : ({ phase: r.phase } as Sheet)) }),
      chancy: defineStrategy({ ...base, id: 'chancy', decide: (_v, r, rng) => (r.phase === 'vote' ? { phase: 'vote', vote: rng.chance(0.5) ? 'yes' : 'no' } : ({ phase: r.phase } as Sheet)) }),
      undeclared: defineStrategy({ ...base, id: 'undeclared', observe: () => {}, decide: (_v, r) => ({ phase: r.phase }) as Sheet }),
    };
    const expected = {
      outside: /saved and restored half-way, the game went another way|not reproducible/,
      chancy: /meta.stochastic is false, but another random stream gave another sheet/,
      undeclared: /meta.memory is false but the strategy has observe/,
    };
    for (const [name, strategy] of Object.entries(cases)) {
      const report = testStrategy(strategy, { seeds: 1, scenarios, seatsPerScenario: 1 });
      expect(report.problems.join('\n'), name).toMatch(expected[name as keyof typeof expected]);
    }
  });
});
