import { describe, expect, it } from 'vitest';
import { replay, replayRecordOf, replayTimeline } from '../../src/persist/replay.js';
import { playGame } from '../../src/game/run.js';
import { builtinStrategy } from '../../src/strategies/builtin.js';
import { defineStrategy } from '../../src/strategies/strategy.js';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('us-russia-bilateral');

/** A strategy with memory: the reciprocator, counting its decisions. */
const counting = defineStrategy<{ n: number }>({
  ...builtinStrategy('reciprocator')!,
  id: 'counting',
  meta: { ...builtinStrategy('reciprocator')!.meta, memory: true },
  initialMemory: () => ({ n: 0 }),
  decide(view, request, rng, memory) {
    memory.n++;
    return builtinStrategy('reciprocator')!.decide(view, request, rng, memory);
  },
});
const lookup = (id: string) => (id === 'counting' ? counting : builtinStrategy(id));

describe('replay with strategies deciding again', () => {
  const final = playGame(scenario, { seed: 11, seats: { usa: 'counting' }, strategies: lookup });
  const record = JSON.parse(JSON.stringify(replayRecordOf(final))) as ReturnType<typeof replayRecordOf>;

  it('goes the same way when the strategy still decides as recorded, recomputing its memory', () => {
    const result = replay(scenario, record, { redecide: { usa: counting, rus: builtinStrategy('realist')! } });
    expect(result.ok).toBe(true);
    expect(result.state.memory).toEqual(final.memory);
    expect(result.state.log).toEqual(final.log);
  });

  it('names the first step, the seat and both sheets where another strategy decides otherwise', () => {
    const result = replay(scenario, record, { redecide: { usa: builtinStrategy('free-rider')! } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.divergence.reason).toMatch(/^usa's strategy free-rider now decides \{.*(\}|\.\.\.); recorded \{.*(\}|\.\.\.)$/);
    const first = final.history.find((h) => h.seats.includes(final.actors.findIndex((a) => a.id === 'usa')));
    expect(result.divergence.step).toBeGreaterThanOrEqual(first!.index);
  });
});

describe('replayTimeline', () => {
  const final = playGame(scenario, { seed: 5, seats: { usa: 'counting' }, strategies: lookup });
  const record = JSON.parse(JSON.stringify(replayRecordOf(final))) as ReturnType<typeof replayRecordOf>;

  it('keeps the state before the first step and after every step, ending where the game ended', () => {
    const timeline = replayTimeline(scenario, record);
    expect(timeline.ok).toBe(true);
    expect(timeline.states).toHaveLength(record.steps.length + 1);
    const last = timeline.states[timeline.states.length - 1]!;
    expect(last.log).toEqual(final.log);
    expect(last.memory).toEqual(final.memory);
    timeline.states.forEach((s, k) => expect(s.history).toHaveLength(k));
    expect(Object.isFrozen(last.world.public)).toBe(true);
  });

  it('stops at a divergence and keeps the states up to it', () => {
    const broken = { ...record, steps: record.steps.map((s, k) => (k === 3 ? { ...s, phase: 'vote' } : s)) };
    const timeline = replayTimeline(scenario, broken);
    expect(timeline.ok).toBe(false);
    if (timeline.ok) return;
    expect(timeline.divergence.step).toBe(record.steps[3]!.step);
    expect(timeline.states).toHaveLength(4);
  });
});

describe('roll calls in the replay file and the outcome', () => {
  const game = playGame(loadScenario('rsa-2017'), { seed: 'roll-calls' });
  const record = replayRecordOf(game);

  it('lists every roll call, by actor id, each state under the vote it cast', () => {
    const calls = game.world.public.rollCalls;
    expect(calls.length).toBeGreaterThan(0);
    expect(record.rollCalls).toHaveLength(calls.length);
    record.rollCalls!.forEach((r, k) => {
      const c = calls[k]!;
      for (const vote of ['yes', 'no', 'abstain'] as const)
        expect(r[vote]).toEqual(game.actors.filter((a) => c.votes[a.index] === vote).map((a) => a.id));
      expect(r.amendment).toBe(c.amendment < 0 ? null : c.amendment + 1);
      expect(r.passed).toBe(c.passed);
    });
    expect(record.rollCalls!.some((r) => r.amendment === null && r.article === null && r.by === null)).toBe(true);
  });

  it('puts how each state voted on the text, and who acceded, in the outcome', () => {
    const last = [...record.rollCalls!].reverse().find((r) => r.amendment === null)!;
    expect(record.outcome.textVoteYes).toEqual(last.yes);
    expect(record.outcome.textVoteNo).toEqual(last.no);
    expect(record.outcome.textVoteAbstain).toEqual(last.abstain);
    expect(record.outcome.accededBy).toEqual(game.actors.filter((a) => game.world.public.ratified[a.index] && !game.world.public.signed[a.index]).map((a) => a.id));
  });
});
