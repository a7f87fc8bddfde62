/**
 * Games driven step by step through the public immutable API (createGame, applyDecision), each
 * sheet decided by the seat's bot from its view. After every step: the invariants, information
 * hiding for every seat, and turn-taking (a seat with no request, or a second sheet from the same
 * seat, is refused with a typed error and changes nothing).
 */
import { describe, expect, it } from 'vitest';
import {
  applyDecision,
  blankSheet,
  contentHash,
  createGame,
  isOver,
  legalDecisions,
  pendingRequests,
  playGame,
  type GameState,
} from '@geneva/engine';
import { SCENARIO_IDS, botSheets, invariantProblems, loadScenario, modeOf, stepBound, truthLeaks, viewLeaks, type Mode } from './support.js';

const SEEDS: Record<Mode, number> = { bots: 3, random: 3, talkative: 2 };

/** Checks turn-taking on a state at the start of a step, and returns the state after the step. */
function playStep(state: GameState, sheets: ReturnType<typeof botSheets>, checkUnchanged: boolean): GameState {
  const before = checkUnchanged ? contentHash(state) : '';
  const asked = new Set(sheets.map(([r]) => r.seat));
  const phase = state.flow.phase === 'concluded' ? 'vote' : state.flow.phase;
  // A seat with nothing to decide is refused.
  for (const a of state.actors) {
    if (asked.has(a.index)) continue;
    const refused = applyDecision(state, a.id, blankSheet(phase));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'not-your-turn', slot: '' });
    expect(legalDecisions(state, a.id)).toBeUndefined();
  }
  expect(applyDecision(state, 'no-such-seat', blankSheet(phase))).toMatchObject({ ok: false, error: { code: 'not-your-turn' } });
  expect(applyDecision(state, -1, blankSheet(phase))).toMatchObject({ ok: false, error: { code: 'not-your-turn' } });
  let current = state;
  sheets.forEach(([r, sheet], k) => {
    const result = applyDecision(current, r.seat, sheet);
    if (!result.ok) throw new Error(`${r.actor}: ${result.error.code} ${result.error.slot} ${result.error.message}`);
    if (k < sheets.length - 1) {
      // The same seat again, before the step resolves: refused, nothing changes.
      const again = applyDecision(result.state, r.seat, sheet);
      expect(again.ok).toBe(false);
      if (!again.ok) expect(again.error.code).toBe('already-decided');
      expect(pendingRequests(result.state).some((q) => q.seat === r.seat)).toBe(false);
    }
    current = result.state;
  });
  if (checkUnchanged) expect(contentHash(state), 'refused sheets left the state as it was').toBe(before);
  return current;
}

describe.each(SCENARIO_IDS)('%s, step by step through the public API', (id) => {
  const scenario = loadScenario(id);
  const bound = stepBound(scenario);

  it.each(['bots', 'random', 'talkative'] as const)('keeps every invariant and hides every private fact after every step (%s seats)', (mode) => {
    const { seats, strategies } = modeOf(scenario, mode);
    for (let seed = 0; seed < SEEDS[mode]; seed++) {
      let state = createGame(scenario, { seed: `step-${seed}`, seats });
      expect(Object.isFrozen(state) && Object.isFrozen(state.world.public)).toBe(true);
      let steps = 0;
      while (!isOver(state)) {
        expect(invariantProblems(state)).toEqual([]);
        for (const a of state.actors) expect(viewLeaks(state, a.index, steps % 4 === 0)).toEqual([]);
        if (steps % 4 === 0) expect(truthLeaks(state)).toEqual([]);
        const sheets = botSheets(state, strategies);
        expect(sheets.length).toBeGreaterThan(0);
        state = playStep(state, sheets, steps % 6 === 0);
        expect(++steps).toBeLessThanOrEqual(bound);
      }
      expect(invariantProblems(state)).toEqual([]);
      for (const a of state.actors) expect(viewLeaks(state, a.index)).toEqual([]);
      expect(truthLeaks(state)).toEqual([]);
      expect(state.history).toHaveLength(steps);
      expect(applyDecision(state, 0, blankSheet('vote'))).toMatchObject({ ok: false, error: { code: 'game-over' } });
      // Deciding seat by seat through the API is the very game the fast path plays.
      const fast = playGame(scenario, { seed: `step-${seed}`, seats, strategies });
      expect(JSON.stringify(state.log)).toBe(JSON.stringify(fast.log));
    }
  });
});
