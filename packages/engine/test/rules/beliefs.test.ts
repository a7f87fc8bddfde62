/** What the table learns about private types from public evidence, and what it does not. */
import { describe, expect, it } from 'vitest';
import { announceChange, learnFromStep, raiseEstimatedSalience } from '../../src/rules/beliefs.js';
import { A } from '../../src/scenario/articles.js';
import type { Vote } from '../../src/flow/sheets.js';
import { emit } from '../../src/state/emit.js';
import type { GameState, StatePrivate, TypeEstimate } from '../../src/state/types.js';
import { drive, fixedTypes, freshState, loadScenario, seat, stateFacts, stateIds } from '../support/scenarios.js';

const uncertain = () => freshState(loadScenario('rsa-2017'), 'beliefs');
const fixed = () => freshState(fixedTypes(loadScenario('rsa-2017')), 'beliefs');
const estimateOf = (state: GameState, id: string): TypeEstimate => state.world.public.estimates[seat(state, id)]!;

/** Records a roll call of this step on moving `article` from `from` to `to`, with `votes` by state id. */
function rollCall(state: GameState, article: number, from: number, to: number, votes: Record<string, Vote>): void {
  const all: (Vote | null)[] = state.actors.map((a) => (a.kind === 'state' ? (votes[a.id] ?? 'abstain') : null));
  state.world.public.rollCalls.push({ step: state.flow.step.index, round: 1, amendment: 0, article, by: 0, from, to, votes: all, share: 0.5, passed: false });
}

describe('learning from roll calls', () => {
  it('does nothing without uncertainty', () => {
    const state = fixed();
    state.world.public.text[A.backdoors] = 0.3;
    rollCall(state, A.backdoors, 0.3, 0.4, { usa: 'yes', rus: 'no' });
    state.flow.phase = 'signature';
    const before = structuredClone(state.world.public.estimates);
    learnFromStep(state, 'signature');
    expect(state.world.public.estimates).toEqual(before);
  });

  it("moves a voter's estimated ideal toward the side it voted for, and narrows it", () => {
    for (const [vote, sign] of [['yes', 1], ['no', -1]] as const) {
      const state = uncertain();
      state.world.public.text[A.backdoors] = 0.3;
      const before = { ...estimateOf(state, 'usa'), ideal: [...estimateOf(state, 'usa').ideal], idealSpread: [...estimateOf(state, 'usa').idealSpread] };
      rollCall(state, A.backdoors, 0.3, 0.4, { usa: vote });
      learnFromStep(state, 'negotiation');
      const after = estimateOf(state, 'usa');
      expect(sign * (after.ideal[A.backdoors]! - before.ideal[A.backdoors]!)).toBeGreaterThan(0.005);
      expect(after.idealSpread[A.backdoors]).toBeLessThan(before.idealSpread[A.backdoors]!);
      // Other articles, and states that abstained, learn nothing.
      expect(after.ideal[A.targets]).toBe(before.ideal[A.targets]);
      expect(estimateOf(state, 'gbr').ideal).toEqual(uncertain().world.public.estimates[seat(state, 'gbr')]!.ideal);
    }
  });

  it('reads the tabling of an amendment as a vote for it', () => {
    const state = uncertain();
    state.world.public.text[A.backdoors] = 0.3;
    const before = estimateOf(state, 'usa').ideal[A.backdoors]!;
    emit(state, 'amendment-tabled', { actor: seat(state, 'usa'), other: 0, value: A.backdoors, text: '+' }, null);
    learnFromStep(state, 'negotiation');
    expect(estimateOf(state, 'usa').ideal[A.backdoors]).toBeGreaterThan(before);
  });
});

describe('learning from signatures and ratifications', () => {
  it('reads a refusal to sign as a high reservation value, a signature as a low one', () => {
    for (const signs of [false, true]) {
      const state = uncertain();
      const before = estimateOf(state, 'usa');
      const [mean, spread] = [before.reservation, before.reservationSpread];
      state.world.public.signed[seat(state, 'usa')] = signs;
      learnFromStep(state, 'signature');
      const after = estimateOf(state, 'usa');
      expect((signs ? -1 : 1) * (after.reservation - mean)).toBeGreaterThan(0);
      // Evidence that agrees with the estimate narrows it; a flat contradiction, put down in part to
      // the share of decisions not taken by the type, may widen it a little.
      expect(Math.abs(after.reservationSpread - spread)).toBeLessThan(0.2 * spread);
    }
  });

  it('reads a failed ratification as a high hurdle, a passed one as a low one', () => {
    for (const passed of [false, true]) {
      const state = uncertain();
      const before = estimateOf(state, 'usa');
      const [mean, spread] = [before.domesticHurdle, before.hurdleSpread];
      emit(state, passed ? 'ratified' : 'ratification-failed', { actor: seat(state, 'usa'), value: 0.5 }, null);
      learnFromStep(state, 'ratification');
      const after = estimateOf(state, 'usa');
      expect((passed ? -1 : 1) * (after.domesticHurdle - mean)).toBeGreaterThan(0.01);
      expect(after.hurdleSpread).toBeLessThan(spread);
    }
  });
});

describe('over whole games', () => {
  it('the estimates of ideals end nearer the truth than the scenario values they started from (20 rsa-2017 games)', () => {
    const scenario = loadScenario('rsa-2017');
    let prior = 0;
    let learned = 0;
    for (let s = 0; s < 20; s++) {
      const state = drive(scenario, { seed: `learn-${s}` });
      const start = freshState(scenario, `learn-${s}`);
      for (const id of stateIds(state)) {
        const truth = stateFacts(state, id).ideal;
        const begin = estimateOf(start, id).ideal;
        const end = estimateOf(state, id).ideal;
        for (let a = 0; a < truth.length; a++) {
          prior += Math.abs(begin[a]! - truth[a]!);
          learned += Math.abs(end[a]! - truth[a]!);
        }
      }
    }
    expect(learned).toBeLessThan(0.9 * prior);
  });
});

describe('public changes of type', () => {
  it("an announced change sets the estimate and moves the truth with it, keeping the state's deviation", () => {
    const state = uncertain();
    const i = seat(state, 'usa');
    const me = state.world.private[i] as StatePrivate;
    const est = state.world.public.estimates[i]!;
    const deviation = me.ideal[A.binding]! - est.ideal[A.binding]!;
    announceChange(state, i, 'ideal', A.binding, 0.5);
    expect(est.ideal[A.binding]).toBe(0.5);
    expect(me.ideal[A.binding]! - 0.5).toBeCloseTo(deviation, 12);
    const hurdleDeviation = me.domesticHurdle - est.domesticHurdle;
    announceChange(state, i, 'domesticHurdle', 0, 1);
    expect([est.domesticHurdle, me.domesticHurdle - 1]).toEqual([1, expect.closeTo(hurdleDeviation, 12)]);
  });

  it('without uncertainty sets the truth to the announced value, as before', () => {
    const state = fixed();
    const i = seat(state, 'usa');
    announceChange(state, i, 'reservation', 0, 0.3);
    expect(stateFacts(state, 'usa').reservation).toBe(0.3);
    expect(state.world.public.estimates[i]!.reservation).toBe(0.3);
  });

  it('a public salience shock raises the estimated salience too, which still sums to 1', () => {
    const state = uncertain();
    const before = estimateOf(state, 'rus').salience[A.disclosure]! / estimateOf(state, 'rus').salience[A.content]!;
    raiseEstimatedSalience(state, [A.disclosure], 0.05);
    const after = estimateOf(state, 'rus').salience;
    expect(after.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(after[A.disclosure]! / after[A.content]!).toBeGreaterThan(before);
  });
});
