/**
 * Strategy memory: made by initialMemory, fed by observe with exactly the events the seat could see
 * (each once, in order), handed to decide, stored in the state after each decision, and kept by
 * save/restore, replay and both drivers.
 */
import { describe, expect, it } from 'vitest';
import { applyDecision, createGame, playBots } from '../../src/game/game.js';
import { playGame } from '../../src/game/run.js';
import { builtinStrategy } from '../../src/strategies/builtin.js';
import { defineStrategy, type Strategy } from '../../src/strategies/strategy.js';
import { saveGame, restoreGame } from '../../src/persist/save.js';
import { replay, replayRecordOf } from '../../src/persist/replay.js';
import { outcomeOf } from '../../src/outcome/outcome.js';
import { fallbackSheet } from '../../src/flow/fallback.js';
import type { GameEvent } from '../../src/state/events.js';
import type { GameState } from '../../src/state/types.js';
import type { Sheet } from '../../src/flow/sheets.js';
import { loadScenario } from '../support/scenarios.js';
import { contentHash } from '../../src/rng/hash.js';

const scenario = loadScenario('us-russia-bilateral');
const SEAT = 'usa';

/** Counts decisions and observed events, and keeps a digest of what it observed. */
const counter = defineStrategy<{ decisions: number; observed: number; digest: string }>({
  id: 'counter',
  name: 'Counter',
  description: 'Counts what it sees.',
  meta: { kinds: ['state', 'firm', 'civil'], stochastic: false, memory: true },
  initialMemory: () => ({ decisions: 0, observed: 0, digest: '' }),
  observe(events, _view, memory) {
    memory.observed += events.length;
    memory.digest = String(events.reduce((h, e) => (h * 31 + e.step + e.type.length) % 1_000_003, Number(memory.digest || 7)));
  },
  decide(view, request, _rng, memory) {
    memory.decisions++;
    return builtinStrategy('norm-entrepreneur')!.decide(view, request, _rng, memory);
  },
});

const lookup = (strategies: Strategy[]) => (id: string) => strategies.find((s) => s.id === id) ?? builtinStrategy(id);
const seats = { [SEAT]: 'counter' };

function seatOf(state: GameState): number {
  return state.actors.findIndex((a) => a.id === SEAT);
}

describe('strategy memory', () => {
  it('is stored in the state after every decision, and observe sees every event the seat could see exactly once', () => {
    const seen: GameEvent[] = [];
    const recorder = { ...counter, observe: (events: readonly GameEvent[], view: Parameters<NonNullable<typeof counter.observe>>[1], memory: Parameters<NonNullable<typeof counter.observe>>[2]) => { seen.push(...events); counter.observe!(events, view, memory); } };
    const final = playGame(scenario, { seed: 3, seats, strategies: lookup([recorder]) });
    const seat = seatOf(final);
    const memory = final.memory[seat]!;
    const decisions = final.history.filter((h) => h.seats.includes(seat)).length;
    expect(memory.value['decisions']).toBe(decisions);
    expect(memory.value['observed']).toBe(seen.length);
    // Everything observed is in the seat's logs, in log order, and nothing twice.
    const visible = [...final.world.public.log.slice(0, memory.publicSeen), ...final.world.private[seat]!.log.slice(0, memory.privateSeen)];
    expect(seen.length).toBe(visible.length);
    expect(new Set(seen).size).toBe(seen.length);
    // A library strategy reads read-only windows on the events (not the objects themselves): compare by value.
    for (const e of seen) expect(visible).toContainEqual(e);
    expect(seen.map((e) => e.step)).toEqual([...seen.map((e) => e.step)].sort((a, b) => a - b));
    // Other seats keep none.
    expect(final.memory.filter((m) => m !== null)).toHaveLength(1);
  });

  it('is the same on the fast path and through the immutable API', () => {
    const fast = playGame(scenario, { seed: 5, seats, strategies: lookup([counter]) });
    const immutable = playBots(createGame(scenario, { seed: 5, seats }), lookup([counter]));
    expect(immutable.memory).toEqual(fast.memory);
    expect(immutable.history).toEqual(fast.history);
  });

  it('survives save and restore half-way: the game goes on exactly as without the interruption', () => {
    const strategies = lookup([counter]);
    const straight = playBots(createGame(scenario, { seed: 8, seats }), strategies);
    const half = playBots(createGame(scenario, { seed: 8, seats }), strategies, Math.floor(straight.history.length / 2));
    expect(half.memory[seatOf(half)]).not.toBeNull();
    const restored = restoreGame(saveGame(half));
    if (!restored.ok) throw new Error(restored.error);
    expect(saveGame(playBots(restored.state, strategies))).toBe(saveGame(straight));
  });

  it('is recorded in replay files and restored by replay', () => {
    const final = playGame(scenario, { seed: 9, seats, strategies: lookup([counter]) });
    const record = replayRecordOf(final);
    expect(record.steps.some((s) => s.memory?.[SEAT] !== undefined)).toBe(true);
    const replayed = replay(scenario, JSON.parse(JSON.stringify(record)));
    expect(replayed.ok).toBe(true);
    expect(replayed.state.memory).toEqual(final.memory);
  });

  it('is left as it was by a decision that faults, and a memory JSON cannot hold is a fault', () => {
    let calls = 0;
    const flaky = defineStrategy<{ n: number; big?: number }>({
      ...counter,
      id: 'flaky',
      initialMemory: () => ({ n: 0 }),
      observe: undefined,
      decide(view, request, rng, memory) {
        calls++;
        memory.n++;
        if (calls === 2) throw new Error('boom');
        if (calls === 3) memory.big = 10n as unknown as number; // not JSON
        return builtinStrategy('norm-entrepreneur')!.decide(view, request, rng, memory);
      },
    });
    const final = playGame(scenario, { seed: 1, seats: { [SEAT]: 'flaky' }, strategies: lookup([flaky]) });
    const faults = final.log.filter((e) => e.type === 'fault').map((e) => e.text);
    expect(faults).toHaveLength(2);
    expect(faults[0]).toMatch(/flaky threw: boom/);
    expect(faults[1]).toMatch(/flaky threw: .*BigInt/);
    // Two of the decisions did not count: n is the number of decisions minus 2.
    expect(final.memory[seatOf(final)]!.value['n']).toBe(calls - 2);
  });

  it('is a frozen empty object for a strategy without meta.memory: writing to it is a fault', () => {
    const forgetful = defineStrategy({
      ...counter,
      id: 'forgetful',
      meta: { ...counter.meta, memory: false },
      decide: (_view, request, _rng, memory) => {
        (memory as unknown as Record<string, number>)['x'] = 1;
        return { phase: request.phase } as Sheet;
      },
    });
    const final = playGame(scenario, { seed: 1, seats: { [SEAT]: 'forgetful' }, strategies: lookup([forgetful]) });
    expect(final.log.find((e) => e.type === 'fault')?.text).toMatch(/forgetful threw/);
    expect(final.memory.every((m) => m === null)).toBe(true);
  });

  it('is kept for bot seats only: a human seat has none', () => {
    let game = createGame(scenario, { seed: 2, seats: { [SEAT]: 'human', rus: 'counter' } });
    game = playBots(game, lookup([counter]));
    const usa = seatOf(game);
    const request = game.flow.step.requests.find((r) => r.seat === usa)!;
    const result = applyDecision(game, SEAT, fallbackSheet(game, request));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.state.memory[usa]).toBeNull();
  });
});

describe('playBots with a step limit', () => {
  it('resolves at most that many steps', () => {
    const start = createGame(scenario, { seed: 4 });
    const one = playBots(start, builtinStrategy, 1);
    expect(one.history.length - start.history.length).toBe(1);
    const three = playBots(one, builtinStrategy, 2);
    expect(three.history).toEqual(playBots(start, builtinStrategy, 3).history);
  });
});

describe('saves from before strategy memory (state version 1)', () => {
  it('restore with no memory for any seat', () => {
    const game = playBots(createGame(scenario, { seed: 6 }), builtinStrategy, 5);
    const old = JSON.parse(saveGame(game)) as { version: number; state: Record<string, unknown> & { flow: { step: Record<string, unknown> }; history: Record<string, unknown>[] } };
    old.version = 1;
    delete old.state['memory'];
    delete old.state.flow.step['memory'];
    for (const h of old.state.history) delete h['memory'];
    const restored = restoreGame(JSON.stringify(old));
    if (!restored.ok) throw new Error(restored.error);
    expect(saveGame(playBots(restored.state))).toBe(saveGame(playBots(game)));
  });
});

describe('saves from before roll calls and decision marks (state version 2)', () => {
  it('restore, and play on to the same log and outcome', () => {
    const game = playBots(createGame(scenario, { seed: 6 }), builtinStrategy, 5);
    const old = JSON.parse(saveGame(game)) as { version: number; state: { world: { public: Record<string, unknown>; private: Record<string, unknown>[] }; flow: { step: Record<string, unknown> } } };
    old.version = 2;
    delete old.state.world.public['rollCalls'];
    for (const p of old.state.world.private) delete p['lastDecision'];
    delete old.state.flow.step['opened'];
    const restored = restoreGame(JSON.stringify(old));
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.state.world.public.rollCalls).toEqual([]);
    // Each seat's news starts at the step of its last decision.
    expect(restored.state.world.private[0]!.lastDecision.step).toBe(game.world.private[0]!.lastDecision.step);
    const [a, b] = [playBots(restored.state), playBots(game)];
    expect(a.log).toEqual(b.log);
    expect(outcomeOf(a)).toEqual(outcomeOf(b));
  });
});

describe('saves from before accession and type estimates (state version 3)', () => {
  it('restore under the rules they were played with (no accession, no revival), with the scenario values as the estimates', () => {
    const game = playBots(createGame(scenario, { seed: 6 }), builtinStrategy, 5);
    const old = JSON.parse(saveGame(game)) as { version: number; state: { scenario: { rules: Record<string, unknown> }; scenarioHash: string; world: { public: Record<string, unknown> }; flow: Record<string, unknown> } };
    old.version = 3;
    for (const key of ['accession', 'resubmitAfter', 'revival']) delete old.state.scenario.rules[key];
    old.state.scenarioHash = contentHash(old.state.scenario);
    delete old.state.world.public['estimates'];
    delete old.state.world.public['refused'];
    delete old.state.flow['lapsed'];
    const restored = restoreGame(JSON.stringify(old));
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.state.scenario.rules).toMatchObject({ accession: false, revival: false });
    expect(restored.state.scenarioHash).toBe(contentHash(restored.state.scenario));
    expect(restored.state.world.public.estimates).toEqual(createGame(scenario, { seed: 6 }).world.public.estimates);
    expect(restored.state.flow.lapsed).toBe(false);
    const done = playBots(restored.state);
    expect(done.flow.phase).toBe('concluded');
    expect(done.log.some((e) => e.type === 'ratified' && e.phase === 'operations')).toBe(false);
  });

  it('are refused when the scenario does not match its recorded hash', () => {
    const game = playBots(createGame(scenario, { seed: 6 }), builtinStrategy, 5);
    const old = JSON.parse(saveGame(game)) as { version: number; state: { scenario: { rules: Record<string, unknown> } } };
    old.version = 3;
    old.state.scenario.rules['sanction'] = 0.9;
    const restored = restoreGame(JSON.stringify(old));
    expect(restored).toEqual({ ok: false, error: 'corrupt save: state.scenarioHash: does not match the scenario it holds' });
  });
});

describe('saves whose digest records were tampered with', () => {
  it('are refused in one line naming the part, not opened to crash a screen', () => {
    const game = playBots(createGame(scenario, { seed: 6 }), builtinStrategy, 5);
    const edit = (change: (state: { world: { public: Record<string, unknown>; private: Record<string, unknown>[] } }) => void) => {
      const data = JSON.parse(saveGame(game)) as { state: { world: { public: Record<string, unknown>; private: Record<string, unknown>[] } } };
      change(data.state);
      return restoreGame(JSON.stringify(data));
    };
    expect(edit((s) => (s.world.public['rollCalls'] = 'x'))).toEqual({ ok: false, error: 'corrupt save: state.world.public.rollCalls: not a list' });
    expect(edit((s) => (s.world.public['rollCalls'] = [{ step: 1, votes: 'yyy' }]))).toEqual({ ok: false, error: 'corrupt save: state.world.public.rollCalls[0]: malformed roll call' });
    expect(edit((s) => (s.world.private[2]!['lastDecision'] = { step: 'soon' }))).toEqual({ ok: false, error: 'corrupt save: state.world.private[2].lastDecision: malformed' });
    expect(edit(() => {}).ok).toBe(true);
  });

  it('are refused in one line when what ratification and the table’s beliefs read was tampered with, not opened to crash the game later', () => {
    const game = playBots(createGame(scenario, { seed: 6 }), builtinStrategy, 5);
    const edit = (change: (state: { world: { public: Record<string, unknown>; secret: Record<string, unknown> }; flow: Record<string, unknown> }) => void) => {
      const data = JSON.parse(saveGame(game)) as { state: { world: { public: Record<string, unknown>; secret: Record<string, unknown> }; flow: Record<string, unknown> } };
      change(data.state);
      return restoreGame(JSON.stringify(data));
    };
    expect(edit((s) => (s.world.public['estimates'] = 'x'))).toEqual({ ok: false, error: 'corrupt save: state.world.public.estimates: not an estimate per seat' });
    expect(edit((s) => ((s.world.public['estimates'] as unknown[])[0] = { reservation: 1 }))).toEqual({ ok: false, error: 'corrupt save: state.world.public.estimates[0]: malformed estimate' });
    expect(edit((s) => (s.world.public['refused'] = 7))).toEqual({ ok: false, error: 'corrupt save: state.world.public.refused: not a year per seat' });
    expect(edit((s) => (s.world.secret['pledges'] as unknown[]).push({ id: 99, by: 0, kind: 'ratify-if', condition: { states: 'all', atLeast: 'x' } }))).toEqual({ ok: false, error: 'corrupt save: state: pledge 99: malformed condition' });
    expect(edit((s) => delete s.flow['lapsed'])).toEqual({ ok: false, error: 'corrupt save: state.flow.lapsed: not true or false' });
  });
});
