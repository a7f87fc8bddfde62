import { describe, expect, it } from 'vitest';
import { ACCUSATION_TRUST_LOSS, QUIET_RECOVERY, answerAccusations, beginYear, endYear } from '../../src/rules/consequences.js';
import { revealTruth } from '../../src/rules/revelation.js';
import type { ResponseSheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { freshState, seat, sheetsFor, stateFacts, stateIds } from '../support/scenarios.js';

/** rus attacked usa (incident 0), usa blamed rus publicly, and rus must answer. */
function accused(party: boolean, by: 'usa' | 'body' = 'usa'): GameState {
  const state = freshState('rsa-2017');
  state.flow.phase = 'response';
  state.flow.year = 1;
  const [rus, usa] = [seat(state, 'rus'), seat(state, 'usa')];
  state.world.public.incidents.push({ id: 0, year: 1, target: usa, harm: 0.1, accused: by === 'usa' ? rus : -1, bodyNamed: by === 'body' ? rus : -1, bodyConfidence: by === 'body' ? 0.9 : 0, answer: 'none', revealedAttacker: -1, source: 'operation' });
  state.world.secret.attackerOf.push(rus);
  stateFacts(state, 'rus').accusations.push({ incident: 0, by: by === 'usa' ? usa : -1 });
  if (party) {
    state.flow.inForce = true;
    for (const id of stateIds(state)) {
      state.world.public.signed[seat(state, id)] = true;
      state.world.public.ratified[seat(state, id)] = true;
    }
  }
  return state;
}

const answer = (state: GameState, a: 'admit' | 'deny') => answerAccusations(state, sheetsFor<ResponseSheet>(state, { rus: { phase: 'response', answers: [a] } }));

describe('consequences of an accusation', () => {
  it('cost the accused more when it is a party (the convention\'s sanction on top of reputation)', () => {
    const outside = accused(false);
    const inside = accused(true);
    answer(outside, 'deny');
    answer(inside, 'deny');
    const cost = (s: GameState) => -stateFacts(s, 'rus').welfare;
    expect(cost(outside)).toBeGreaterThan(0);
    expect(cost(inside)).toBeGreaterThan(cost(outside));
    const rules = inside.scenario.rules;
    expect(cost(inside) / cost(outside)).toBeCloseTo((rules.reputation + rules.sanction) / rules.reputation, 9);
  });

  it('cost more on an admission (believed by all) than on a denial, and an admission reveals the truth', () => {
    const deny = accused(false);
    const admit = accused(false);
    answer(deny, 'deny');
    answer(admit, 'admit');
    expect(stateFacts(admit, 'rus').welfare).toBeLessThan(stateFacts(deny, 'rus').welfare);
    expect(admit.world.public.incidents[0]).toMatchObject({ answer: 'admit', revealedAttacker: seat(admit, 'rus') });
    expect(deny.world.public.incidents[0]).toMatchObject({ answer: 'deny', revealedAttacker: -1 });
    expect(deny.world.tally.attributionsDenied).toBe(1);
  });

  it('lower every observer\'s trust in the accused in proportion to its belief in the accuser', () => {
    const state = accused(false);
    const rus = seat(state, 'rus');
    const before = state.world.private.map((p) => p.trust[rus]!);
    const belief = state.world.private.map((p) => (p.index === seat(state, 'usa') ? 1 : p.trust[seat(state, 'usa')]!));
    answer(state, 'deny');
    state.world.private.forEach((p, i) => {
      if (i === rus) expect(p.trust[rus]).toBe(1);
      else expect(p.trust[rus]).toBeCloseTo(Math.max(0, before[i]! - ACCUSATION_TRUST_LOSS * belief[i]!), 12);
    });
    expect(stateFacts(state, 'rus').accusations).toEqual([]);
  });

  it('weigh a finding of the body by each observer\'s Beta belief in the body', () => {
    const sceptic = accused(false, 'body');
    const believer = accused(false, 'body');
    for (const p of believer.world.private) p.bodyAlpha = 18; // mean 0.9 instead of 0.5
    answer(sceptic, 'deny');
    answer(believer, 'deny');
    expect(stateFacts(believer, 'rus').welfare).toBeLessThan(stateFacts(sceptic, 'rus').welfare);
    const fra = seat(sceptic, 'fra');
    expect(believer.world.private[fra]!.trust[seat(believer, 'rus')]).toBeLessThan(sceptic.world.private[fra]!.trust[seat(sceptic, 'rus')]!);
  });
});

describe('Beta beliefs in the attribution body', () => {
  it('add to α when a revealed truth confirms the body, to β when it shows the body named the wrong state', () => {
    const right = accused(false, 'body');
    revealTruth(right, 0);
    expect(right.world.private.every((p) => p.bodyAlpha === 3 && p.bodyBeta === 2)).toBe(true);
    const wrong = accused(false, 'body');
    wrong.world.public.incidents[0]!.bodyNamed = seat(wrong, 'chn');
    revealTruth(wrong, 0);
    expect(wrong.world.private.every((p) => p.bodyAlpha === 2 && p.bodyBeta === 3)).toBe(true);
    expect(wrong.world.public.incidents[0]!.revealedAttacker).toBe(seat(wrong, 'rus'));
  });

  it('reveal the truth once only', () => {
    const state = accused(false, 'body');
    revealTruth(state, 0);
    revealTruth(state, 0);
    expect(state.world.private[0]!.bodyAlpha).toBe(3);
    expect(state.log.filter((e) => e.type === 'revealed')).toHaveLength(1);
  });
});

describe('the end of a year', () => {
  it('lets trust recover toward states not accused this year, not toward those accused', () => {
    const state = accused(false);
    const [rus, chn, fra] = [seat(state, 'rus'), seat(state, 'chn'), seat(state, 'fra')];
    state.world.secret.yearAccused[rus] = true;
    const before = [state.world.private[fra]!.trust[rus]!, state.world.private[fra]!.trust[chn]!];
    state.scenario.rules.revealRate = 0; // no revelation this time
    endYear(state);
    expect(state.world.private[fra]!.trust[rus]).toBe(before[0]);
    expect(state.world.private[fra]!.trust[chn]).toBeCloseTo(before[1]! + QUIET_RECOVERY * (1 - before[1]!), 12);
    beginYear(state); // the next year starts with a clean slate
    expect(state.world.secret.yearAccused.every((x) => !x)).toBe(true);
    expect(state.world.secret.yearHarm.every((x) => x === 0)).toBe(true);
  });

  it('sometimes reveals the truth about past attributions (revealRate 1: always)', () => {
    const state = accused(false);
    state.scenario.rules.revealRate = 1;
    endYear(state);
    expect(state.world.public.incidents[0]!.revealedAttacker).toBe(seat(state, 'rus'));
  });
});
