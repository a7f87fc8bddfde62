import { describe, expect, it } from 'vitest';
import { applyDecision, createGame, isOver, pendingRequests, playBots } from '../../src/game/game.js';
import { defaultSheetFor } from '../../src/flow/fallback.js';
import { replay, replayRecordOf, replayTimeline } from '../../src/persist/replay.js';
import { restoreGame, saveGame } from '../../src/persist/save.js';
import { viewFor } from '../../src/view/view.js';
import type { GameState } from '../../src/state/types.js';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('rsa-2017');

/**
 * Humans answer with the safe default of their view; usa's sheets between steps `from` and `to`
 * (inclusive) are marked as a stand-in bot's, as the server marks them while a bot replaces a team.
 */
function play(from: number, to: number): GameState {
  let state = playBots(createGame(scenario, { seed: 5, seats: { usa: 'human', fra: 'human' } }));
  while (!isOver(state)) {
    for (const r of pendingRequests(state)) {
      const standIn = r.actor === 'usa' && state.flow.step.index >= from && state.flow.step.index <= to;
      const result = applyDecision(state, r.seat, defaultSheetFor(viewFor(state, r.seat), r), { standIn });
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    state = playBots(state);
  }
  return state;
}

describe('sheets decided by a stand-in bot', () => {
  const game = play(3, 8);
  const usa = game.actors.findIndex((a) => a.id === 'usa');
  const marked = game.history.filter((h) => h.standIns !== undefined);

  it('are marked in the steps where they were given, and only there', () => {
    expect(marked.length).toBeGreaterThan(0);
    for (const h of marked) {
      expect(h.standIns).toEqual([usa]);
      expect(h.index).toBeGreaterThanOrEqual(3);
      expect(h.index).toBeLessThanOrEqual(8);
      expect(h.seats).toContain(usa);
    }
    const usaSteps = game.history.filter((h) => h.seats.includes(usa) && h.index >= 3 && h.index <= 8);
    expect(marked.map((h) => h.index)).toEqual(usaSteps.map((h) => h.index));
  });

  it('change nothing else in the game', () => {
    const unmarked = play(Infinity, -1);
    expect(unmarked.history.some((h) => h.standIns !== undefined)).toBe(false);
    expect(JSON.stringify(unmarked.log)).toBe(JSON.stringify(game.log));
  });

  it('are named in the replay file by actor id, and a replay, a timeline and a restored save keep them', () => {
    const record = replayRecordOf(game);
    const steps = record.steps.filter((s) => s.standIns !== undefined);
    expect(steps.map((s) => s.step)).toEqual(marked.map((h) => h.index));
    expect(steps.every((s) => s.standIns?.join() === 'usa')).toBe(true);
    const replayed = replay(scenario, record);
    expect(replayed.ok).toBe(true);
    expect(replayed.state.history).toEqual(game.history);
    const timeline = replayTimeline(scenario, record);
    expect(timeline.ok && timeline.states.at(-1)!.history).toEqual(game.history);
    const restored = restoreGame(saveGame(game));
    expect(restored.ok && restored.state.history).toEqual(game.history);
  });

  it('make a record that names a stranger as a stand-in diverge, with the reason', () => {
    const record = replayRecordOf(game);
    const k = record.steps.findIndex((s) => s.standIns !== undefined);
    const bad = { ...record, steps: record.steps.map((s, i) => (i === k ? { ...s, standIns: ['atlantis'] } : s)) };
    const result = replay(scenario, bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.divergence.reason).toContain('atlantis');
  });
});
