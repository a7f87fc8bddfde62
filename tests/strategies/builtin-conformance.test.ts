/** Every built-in strategy keeps the strategy contract, as a strategy author's would (testStrategy). */
import { describe, expect, it } from 'vitest';
import { builtinStrategies } from '@geneva/engine';
import { testStrategy } from '@geneva/lab/testing';

describe('built-in strategies', () => {
  for (const strategy of builtinStrategies) {
    it(`${strategy.id} keeps the contract in every shipped scenario and seat kind it claims`, () => {
      // A generous budget: this checks the contract, not speed (npm run bench measures that); the
      // default 50 ms was missed by a first, unoptimised decision on a busy 2-core machine.
      const report = testStrategy(strategy, { seeds: 2, seatsPerScenario: 3, budgetMs: 2000 });
      expect(report.problems).toEqual([]);
      expect(report.games).toBeGreaterThan(0);
    });
  }
});
