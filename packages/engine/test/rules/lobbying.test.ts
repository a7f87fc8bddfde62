import { describe, expect, it } from 'vitest';
import { FIRM_PULL, PRESSURE_PUSH, PRESSURE_RETENTION, SALIENCE_PUSH, fadePressure, lobby } from '../../src/rules/lobbying.js';
import { A } from '../../src/scenario/articles.js';
import type { GameState } from '../../src/state/types.js';
import { civilFacts, firmFacts, freshState, seat, stateFacts } from '../support/scenarios.js';

function lobbies(state: GameState, entries: Record<string, string[]>): void {
  lobby(state, state.actors.map((a) => entries[a.id]));
}

describe('civil-society lobbying', () => {
  it('raises the salience of the advocate\'s focus articles in the states it lobbies, and their public pressure', () => {
    const state = freshState('rsa-2017');
    const icrc = civilFacts(state, 'icrc'); // focus: targets
    expect(icrc.focus).toEqual([A.targets]);
    const before = [...stateFacts(state, 'usa').salience];
    const untouched = [...stateFacts(state, 'rus').salience];
    lobbies(state, { icrc: ['usa'] });
    const after = stateFacts(state, 'usa').salience;
    expect(after[A.targets]).toBeGreaterThan(before[A.targets]!);
    expect(after.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    for (let a = 0; a < after.length; a++) if (a !== A.targets) expect(after[a]).toBeLessThanOrEqual(before[a]!);
    const strength = icrc.advocacy * icrc.credibility;
    expect(after[A.targets]).toBeCloseTo((before[A.targets]! + SALIENCE_PUSH * strength) / (1 + SALIENCE_PUSH * strength), 12);
    expect(state.world.public.pressure[seat(state, 'usa')]).toBeCloseTo(PRESSURE_PUSH * strength, 12);
    expect(stateFacts(state, 'rus').salience).toEqual(untouched);
  });

  it('moves salience more with more advocacy', () => {
    const gain = (advocacy: number) => {
      const state = freshState('rsa-2017');
      const before = stateFacts(state, 'usa').salience[A.targets]!;
      (civilFacts(state, 'icrc') as { advocacy: number }).advocacy = advocacy;
      lobbies(state, { icrc: ['usa'] });
      return stateFacts(state, 'usa').salience[A.targets]! - before;
    };
    expect(gain(0.9)).toBeGreaterThan(gain(0.5));
    expect(gain(0.5)).toBeGreaterThan(gain(0.1));
  });

  it('ignores targets that are not states', () => {
    const state = freshState('rsa-2017');
    const before = JSON.stringify(state.world);
    lobbies(state, { icrc: ['microsoft'] });
    expect(JSON.stringify(state.world)).toBe(before);
  });
});

describe('firm lobbying', () => {
  it('pulls the home state\'s ideal on assistance, disclosure and backdoors toward the firm\'s stance', () => {
    const state = freshState('rsa-2017');
    const ms = firmFacts(state, 'microsoft');
    const before = [...stateFacts(state, 'usa').ideal];
    lobbies(state, { microsoft: ['usa'] });
    const after = stateFacts(state, 'usa').ideal;
    const weight = state.actors[seat(state, 'microsoft')]!.capability;
    expect(after[A.backdoors]).toBeCloseTo(before[A.backdoors]! + FIRM_PULL * weight * (ms.neutrality - before[A.backdoors]!), 12);
    expect(after[A.backdoors]).toBeGreaterThan(before[A.backdoors]!); // neutral firm wants a ban
    expect(after[A.content]).toBe(before[A.content]);
  });
});

describe('pressure', () => {
  it('fades by the retention rate each lobbying step and never turns negative', () => {
    const state = freshState('rsa-2017');
    state.world.public.pressure[0] = 1;
    fadePressure(state);
    expect(state.world.public.pressure[0]).toBeCloseTo(PRESSURE_RETENTION, 12);
    for (let k = 0; k < 200; k++) fadePressure(state);
    expect(state.world.public.pressure.every((p) => p >= 0)).toBe(true);
  });
});
