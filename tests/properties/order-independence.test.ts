/**
 * Order independence: within a step, the result depends on the set of sheets, never on the order
 * in which they arrive. Each step's sheets are collected from the bots (deciding from the state at
 * the start of the step), then applied through the public API once in seat order and once in a
 * random permutation; the two resulting states must be identical, step after step.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGame, isOver, nextFloat, seedRng } from '@geneva/engine';
import { SCENARIO_IDS, applyAll, botSheets, loadScenario, modeOf } from '../conformance/support.js';

const scenarios = Object.fromEntries(SCENARIO_IDS.map((id) => [id, loadScenario(id)]));

function shuffled<T>(items: readonly T[], seed: string): T[] {
  const rng = seedRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(nextFloat(rng) * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('order independence', () => {
  it('permuting the order of a step\'s sheets changes nothing in the log or the state (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_IDS),
        fc.string({ maxLength: 8 }),
        fc.constantFrom('bots' as const, 'random' as const, 'talkative' as const),
        fc.string({ maxLength: 8 }),
        (id, seed, mode, permutation) => {
          const scenario = scenarios[id]!;
          const { seats, strategies } = modeOf(scenario, mode);
          let state = createGame(scenario, { seed, seats });
          let permuted = 0;
          while (!isOver(state)) {
            const sheets = botSheets(state, strategies);
            const inOrder = applyAll(state, sheets);
            const order = shuffled(sheets, `${permutation}/${state.flow.step.index}`);
            const other = applyAll(state, order);
            const reversed = applyAll(state, [...sheets].reverse());
            if (order.some((s, k) => s !== sheets[k])) permuted++;
            const expected = JSON.stringify(inOrder);
            expect(JSON.stringify(other), `step ${state.flow.step.index}`).toBe(expected);
            expect(JSON.stringify(reversed), `step ${state.flow.step.index}`).toBe(expected);
            state = inOrder;
          }
          expect(permuted).toBeGreaterThan(0);
        },
      ),
      { numRuns: 10 },
    );
  });
});
