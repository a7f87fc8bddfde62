/**
 * The two ways to play a game: the immutable API (createGame + playBots, immer) and the fast path
 * (playGame, a private mutable state). The same scenario, seed and seats give the same game.
 */
import { describe, expect, it } from 'vitest';
import { createGame, outcomeOf, playBots, playGame } from '@geneva/engine';
import { SCENARIO_IDS, everySeat, loadScenario } from './support.js';

describe.each(SCENARIO_IDS)('%s', (id) => {
  const scenario = loadScenario(id);
  it.each([
    ['the scenario bots', undefined],
    ['random players', everySeat(scenario, 'random')],
  ])('plays the same game on the immutable API and the fast path with %s (3 seeds)', (_label, seats) => {
    for (const seed of [1, 'two', 33]) {
      const immutable = playBots(createGame(scenario, { seed, seats }));
      const fast = playGame(scenario, { seed, seats });
      expect(JSON.stringify(immutable.log)).toBe(JSON.stringify(fast.log));
      expect(outcomeOf(immutable)).toEqual(outcomeOf(fast));
      expect(JSON.stringify(immutable)).toBe(JSON.stringify(fast));
    }
  });
});
