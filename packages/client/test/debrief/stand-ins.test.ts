import { describe, expect, it } from 'vitest';
import { applyDecision, createGame, defaultSheetFor, isOver, pendingRequests, playBots, replayRecordOf, replayTimeline, viewFor, type GameState } from '@geneva/engine';
import { debriefSeries } from '../../src/debrief/series.js';
import { standInsOf } from '../../src/debrief/stand-ins.js';
import { shippedScenarios } from '../../src/scenarios.js';

const scenario = shippedScenarios.get('rsa-2017')!;

/** usa and rus are teams; a bot stands in for rus from step `from` on. */
function play(from: number): GameState {
  let state = playBots(createGame(scenario, { seed: 4, seats: { usa: 'human', rus: 'human' } }));
  while (!isOver(state)) {
    for (const r of pendingRequests(state)) {
      const standIn = r.actor === 'rus' && state.flow.step.index >= from;
      const result = applyDecision(state, r.seat, defaultSheetFor(viewFor(state, r.seat), r), { standIn });
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    state = playBots(state);
  }
  return state;
}

describe('standInsOf', () => {
  it('lists each seat a bot stood in for, with the timeline index and label of every step it decided', () => {
    const timeline = replayTimeline(scenario, replayRecordOf(play(20)));
    if (!timeline.ok) throw new Error(timeline.divergence.reason);
    const states = timeline.states;
    const final = states.at(-1)!;
    const labels = debriefSeries(states).labels;
    const [rus, ...others] = standInsOf(final, labels);
    expect(others).toEqual([]);
    expect(rus).toMatchObject({ id: 'rus', name: final.actors.find((a) => a.id === 'rus')!.name });
    const rusSeat = final.actors.findIndex((a) => a.id === 'rus');
    const decided = final.history.flatMap((h, k) => (h.index >= 20 && h.seats.includes(rusSeat) ? [k + 1] : []));
    expect(rus!.steps.map((s) => s.at)).toEqual(decided);
    for (const step of rus!.steps) {
      // Timeline index k is the game after k steps: the step was decided in states[k - 1].
      expect(states[step.at - 1]!.flow.step.requests.some((r) => r.actor === 'rus')).toBe(true);
      expect(step.label).toBe(labels[step.at]);
    }
  });

  it('is empty when every team played its own seat', () => {
    const states = [play(Infinity)];
    expect(standInsOf(states[0]!, debriefSeries(states).labels)).toEqual([]);
  });
});
