/**
 * Saving, restoring and replaying. A game saved at any point (between steps, or in the middle of a
 * step with some sheets in) and restored continues exactly as the original would; a replay record
 * reproduces the game, faults included; a broken save or record is refused with a clear message.
 */
import { describe, expect, it } from 'vitest';
import {
  createGame,
  forceStep,
  isOver,
  outcomeOf,
  playBots,
  playGame,
  replay,
  replayFileProblem,
  replayRecordOf,
  restoreGame,
  saveGame,
  seedRng,
  nextFloat,
  type GameState,
  type ReplayRecord,
  type Strategy,
  type StrategyLookup,
  builtinStrategy,
} from '@geneva/engine';
import { SCENARIO_IDS, applyAll, botSheets, loadScenario, modeOf } from './support.js';

/** Plays `steps` whole steps through the API, then `partial` sheets of the next one. */
function advanceTo(state: GameState, steps: number, partial: number, strategies: StrategyLookup): GameState {
  let current = state;
  for (let k = 0; k < steps && !isOver(current); k++) current = applyAll(current, botSheets(current, strategies));
  if (!isOver(current)) {
    const sheets = botSheets(current, strategies);
    current = applyAll(current, sheets.slice(0, Math.min(partial, sheets.length - 1)));
  }
  return current;
}

function restored(state: GameState): GameState {
  const result = restoreGame(saveGame(state));
  if (!result.ok) throw new Error(result.error);
  return result.state;
}

describe.each(SCENARIO_IDS)('save and restore: %s', (id) => {
  const scenario = loadScenario(id);

  it.each(['bots', 'random'] as const)('continues identically from a save at a random step (%s seats)', (mode) => {
    const { seats, strategies } = modeOf(scenario, mode);
    for (let seed = 0; seed < 3; seed++) {
      const pick = seedRng(`${id}-${mode}-${seed}`);
      const steps = Math.floor(nextFloat(pick) * 30);
      const partial = Math.floor(nextFloat(pick) * 4);
      const game = advanceTo(createGame(scenario, { seed, seats }), steps, partial, strategies);
      const copy = restored(game);
      expect(JSON.stringify(copy)).toBe(JSON.stringify(game));
      const a = playBots(game, strategies);
      const b = playBots(copy, strategies);
      expect(isOver(a) && isOver(b)).toBe(true);
      expect(JSON.stringify(b.log)).toBe(JSON.stringify(a.log));
      expect(outcomeOf(b)).toEqual(outcomeOf(a));
      // And both are the game that was never interrupted.
      expect(JSON.stringify(a)).toBe(JSON.stringify(playGame(scenario, { seed, seats, strategies })));
    }
  });
});

describe('replay records', () => {
  const scenario = loadScenario('rsa-2017');

  it('reproduce faults: a strategy that throws, one that gives illegal sheets, and a forced step', () => {
    const faulty: Strategy = {
      ...builtinStrategy('realist')!,
      id: 'faulty',
      decide(view, request, rng, memory) {
        if (request.step % 3 === 0) throw new Error('boom');
        if (request.step % 3 === 1) return { phase: request.phase === 'vote' ? 'signature' : 'vote' };
        return builtinStrategy('realist')!.decide(view, request, rng, memory);
      },
    };
    const lookup: StrategyLookup = (id) => (id === 'faulty' ? faulty : builtinStrategy(id));
    const final = playGame(scenario, { seed: 'faults', seats: { usa: 'faulty', rus: 'faulty' }, strategies: lookup });
    expect(final.world.tally.faults).toBeGreaterThan(5);
    const result = replay(scenario, JSON.parse(JSON.stringify(replayRecordOf(final))) as ReplayRecord);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.state)).toBe(JSON.stringify(final));

    // A human seat that never answers: the step is forced, the fault recorded, and replay agrees.
    let game = playBots(createGame(scenario, { seed: 'absent', seats: { fra: 'human' } }));
    for (let k = 0; k < 100 && !isOver(game); k++) game = playBots(forceStep(game));
    expect(isOver(game)).toBe(true);
    expect(game.world.tally.faults).toBeGreaterThan(0);
    const again = replay(scenario, replayRecordOf(game));
    expect(again.ok).toBe(true);
    expect(JSON.stringify(again.state.log)).toBe(JSON.stringify(game.log));
  });

  it('report where a tampered record goes another way', () => {
    const final = playGame(scenario, { seed: 'tamper' });
    const record = JSON.parse(JSON.stringify(replayRecordOf(final))) as { steps: { sheets: Record<string, unknown> }[]; outcome: { incidents: number } };
    const vote = record.steps.findIndex((s) => 'usa' in s.sheets && (s.sheets['usa'] as { phase: string }).phase === 'negotiation');
    record.steps[vote]!.sheets['usa'] = { phase: 'negotiation', votes: ['maybe'] };
    const result = replay(scenario, record as unknown as ReplayRecord);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.divergence.reason).toMatch(/usa's recorded sheet is no longer legal/);

    const outcome = JSON.parse(JSON.stringify(replayRecordOf(final))) as { outcome: { incidents: number } };
    outcome.outcome.incidents += 1;
    const wrong = replay(scenario, outcome as unknown as ReplayRecord);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.divergence).toMatchObject({ step: -1, reason: expect.stringMatching(/^outcome\.incidents/) as unknown });
    expect(replayFileProblem(replayRecordOf(final))).toBeNull();
    expect(replayFileProblem({ format: 'something-else' })).toMatch(/not a Geneva replay file/);
  });
});

describe('restoring saves', () => {
  const scenario = loadScenario('voluntary-norms');
  const game = advanceTo(createGame(scenario, { seed: 9 }), 8, 1, modeOf(scenario, 'bots').strategies);
  const text = saveGame(game);
  const edit = (f: (data: { version: number; state: Record<string, unknown> & { world: { private: unknown[] }; flow: { step: { requests: unknown[] } }; scenario: { rules: { rounds: number } } } }) => void) => {
    const data = JSON.parse(text) as Parameters<typeof f>[0];
    f(data);
    return restoreGame(JSON.stringify(data));
  };

  it('refuses what is not a save, with a clear error, and never throws', () => {
    expect(restoreGame('{')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) as unknown });
    expect(restoreGame('[]')).toMatchObject({ ok: false, error: expect.stringMatching(/not a Geneva save file/) as unknown });
    expect(edit((d) => (d.version = 99))).toMatchObject({ ok: false, error: expect.stringMatching(/version 99/) as unknown });
    expect(edit((d) => (d.state.scenario.rules.rounds = 3))).toMatchObject({ ok: false, error: expect.stringMatching(/scenarioHash|scenario/) as unknown });
    expect(edit((d) => d.state.world.private.pop())).toMatchObject({ ok: false, error: expect.stringMatching(/state\.world/) as unknown });
    expect(edit((d) => d.state.flow.step.requests.pop())).toMatchObject({ ok: false, error: expect.stringMatching(/requests/) as unknown });
    expect(edit((d) => (d.state['rng'] = { s0: 'x' }))).toMatchObject({ ok: false, error: expect.stringMatching(/rng/) as unknown });
    expect(edit(() => undefined)).toMatchObject({ ok: true });
  });
});
