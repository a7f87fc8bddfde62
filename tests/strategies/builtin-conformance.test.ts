/** Every built-in strategy keeps the strategy contract, as a strategy author's would (testStrategy). */
import { describe, expect, it } from 'vitest';
import { builtinStrategies } from '@geneva/engine';
import { testStrategy } from '@geneva/lab/testing';

describe('built-in strategies', () => {
  for (const strategy of builtinStrategies) {
    it(`${strategy.id} keeps the contract in every shipped scenario and seat kind it claims`, () => {
      const report = testStrategy(strategy, { seeds: 2, seatsPerScenario: 3 });
      expect(report.problems).toEqual([]);
      expect(report.games).toBeGreaterThan(0);
    });
  }
});
