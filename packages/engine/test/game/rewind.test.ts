import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDecision, createGame, isOver, pendingRequests, playBots, triggerEvent } from '../../src/game/game.js';
import { rewind } from '../../src/game/rewind.js';
import { defaultSheetFor } from '../../src/flow/fallback.js';
import { randomSheet } from '../../src/strategies/random-player.js';
import { seedRng } from '../../src/rng/alea.js';
import { rngOf } from '../../src/strategies/strategy.js';
import { viewFor } from '../../src/view/view.js';
import type { GameState } from '../../src/state/types.js';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('us-russia-bilateral');

/**
 * A game with two human seats answering random legal sheets, keeping the state at the start of
 * every step in which a human decided (as a class's screens saw it).
 */
function playKeeping(seed: number): { final: GameState; seen: Map<number, GameState> } {
  const rng = rngOf(seedRng(`humans-${seed}`));
  const seen = new Map<number, GameState>();
  let state = playBots(createGame(scenario, { seed, seats: { usa: 'human', rus: 'human' } }));
  while (!isOver(state)) {
    seen.set(state.flow.step.index, state);
    if (state.flow.step.index === 20) {
      const triggered = triggerEvent(state, 0);
      if (triggered.ok) state = triggered.state;
    }
    for (const r of pendingRequests(state)) {
      const sheet = rng.next() < 0.5 ? randomSheet(r, rng) : defaultSheetFor(viewFor(state, r.seat), r);
      const result = applyDecision(state, r.seat, sheet);
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    state = playBots(state);
  }
  return { final: state, seen };
}

describe('rewind', () => {
  it('gives back exactly the state a step began with, before any answer, from any later point of the game (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), fc.nat(), (seed, pickTo, pickFrom) => {
        const { final, seen } = playKeeping(seed);
        const steps = [...seen.keys()];
        const to = steps[pickTo % steps.length]!;
        const later = [...steps.filter((s) => s >= to).map((s) => seen.get(s)!), final];
        const from = later[pickFrom % later.length]!;
        const back = rewind(from, to);
        if (!back.ok) throw new Error(`rewind(${from.flow.step.index} → ${to}): ${back.error}`);
        expect(back.state.flow.step.sheets.every((s) => s === null)).toBe(true);
        // The screens saw the step once the bots had answered; they answer again the same way.
        expect(JSON.parse(JSON.stringify(playBots(back.state)))).toEqual(JSON.parse(JSON.stringify(seen.get(to)!)));
      }),
      { numRuns: 12 },
    );
  });

  it('refuses a step in the future, a negative one, or one in which nobody decided', () => {
    const { final, seen } = playKeeping(7);
    const mid = seen.get([...seen.keys()][3]!)!;
    expect(rewind(mid, mid.flow.step.index + 1)).toMatchObject({ ok: false, error: expect.stringMatching(/^step \d+ is not between 0/) });
    expect(rewind(mid, -1).ok).toBe(false);
    const restart = rewind(mid, mid.flow.step.index);
    if (!restart.ok) throw new Error(restart.error);
    expect(restart.state.flow.step.sheets.every((s) => s === null)).toBe(true);
    expect(playBots(restart.state)).toEqual(mid);
    const empty = final.history.find((h) => h.seats.length === 0);
    if (empty) expect(rewind(final, empty.index)).toMatchObject({ ok: false, error: expect.stringMatching(/nobody decided/) });
  });
});
