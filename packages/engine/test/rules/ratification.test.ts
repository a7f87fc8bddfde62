import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BODY_THRESHOLD, checkEntryIntoForce, quorumMet, ratificationChance, ratify } from '../../src/rules/ratification.js';
import { A } from '../../src/scenario/articles.js';
import type { RatificationSheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { freshState, loadScenario, seat, sheetsFor, stateFacts, stateIds } from '../support/scenarios.js';

function ratifying(seed = 'ratify'): GameState {
  const state = freshState('rsa-2017', seed);
  state.flow.phase = 'ratification';
  state.flow.adopted = true;
  return state;
}

const submit = (state: GameState, ids: string[]) =>
  ratify(state, sheetsFor<RatificationSheet>(state, Object.fromEntries(ids.map((id) => [id, { phase: 'ratification', submit: true }]))));

describe('ratification', () => {
  it('only signatories ratify: a state that did not sign is never ratified, whatever it submits', () => {
    for (let s = 0; s < 20; s++) {
      const state = ratifying(`only-${s}`);
      for (const id of stateIds(state)) stateFacts(state, id).domesticHurdle = 0;
      state.world.public.pressure.fill(20); // every draw would pass
      state.world.public.signed[seat(state, 'fra')] = true;
      submit(state, stateIds(state));
      expect(state.actors.filter((a) => state.world.public.ratified[a.index]).map((a) => a.id)).toEqual(['fra']);
      expect(state.log.filter((e) => e.type === 'ratified' || e.type === 'ratification-failed').map((e) => e.actor)).toEqual([seat(state, 'fra')]);
    }
  });

  it('does not ratify a signatory that does not submit, and breaks its pledge to ratify', () => {
    const state = ratifying();
    state.world.public.signed[seat(state, 'fra')] = true;
    state.world.secret.pledges.push({ id: 0, step: 0, by: seat(state, 'fra'), to: [], kind: 'ratify', target: -1, status: 'open' });
    state.world.tally.pledgesMade = 1;
    ratify(state, sheetsFor<RatificationSheet>(state, { fra: { phase: 'ratification', submit: false } }));
    expect(state.world.public.ratified[seat(state, 'fra')]).toBe(false);
    expect(state.world.secret.pledges[0]!.status).toBe('broken');
  });

  it('gives a probability that falls with the domestic hurdle', () => {
    const state = ratifying();
    const usa = stateFacts(state, 'usa');
    fc.assert(fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }), (h, dh) => {
      usa.domesticHurdle = h;
      const p = ratificationChance(state, seat(state, 'usa'));
      usa.domesticHurdle = h + dh;
      const q = ratificationChance(state, seat(state, 'usa'));
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      expect(q).toBeLessThan(p + 1e-15);
      if (p > 1e-9 && p < 1 - 1e-9) expect(q).toBeLessThan(p);
    }));
  });

  it('gives a probability that falls as content scope moves beyond the legislature\'s tolerance', () => {
    const state = ratifying();
    for (const id of stateIds(state)) {
      const me = stateFacts(state, id);
      if (me.contentControl >= 0.5) continue;
      const i = seat(state, id);
      let last = Number.POSITIVE_INFINITY;
      for (let content = me.contentTolerance + 0.01; content <= 1; content += 0.05) {
        state.world.public.text[A.content] = content;
        const p = ratificationChance(state, i);
        expect(p, `${id} at content ${content.toFixed(2)}`).toBeLessThan(last);
        last = p;
      }
    }
  });

  it('rises with public pressure and with the surplus (a lower reservation value)', () => {
    const state = ratifying();
    for (const id of stateIds(state)) state.world.public.signed[seat(state, id)] = true;
    const i = seat(state, 'deu');
    const p0 = ratificationChance(state, i);
    state.world.public.pressure[i] = 1;
    const p1 = ratificationChance(state, i);
    stateFacts(state, 'deu').reservation -= 0.2;
    const p2 = ratificationChance(state, i);
    expect(p1).toBeGreaterThan(p0);
    expect(p2).toBeGreaterThan(p1);
  });

  it('ratifies at the rate of the probability (Monte Carlo, 400 draws, ±4 standard errors)', () => {
    let passes = 0;
    // Each seed draws France's private type afresh, so each draw has its own chance p.
    let expected = 0;
    let variance = 0;
    const draws = 400;
    for (let s = 0; s < draws; s++) {
      const state = ratifying(`rate-${s}`);
      state.world.public.signed[seat(state, 'fra')] = true;
      const p = ratificationChance(state, seat(state, 'fra'));
      expected += p;
      variance += p * (1 - p);
      submit(state, ['fra']);
      if (state.world.public.ratified[seat(state, 'fra')]) passes++;
    }
    expect(Math.abs(passes - expected)).toBeLessThan(4 * Math.sqrt(variance) + 1e-9);
  });
});

describe('entry into force', () => {
  function withRatified(ids: string[], edit?: (s: ReturnType<typeof loadScenario>) => void): GameState {
    const scenario = loadScenario('rsa-2017');
    edit?.(scenario);
    const state = freshState(scenario);
    for (const id of ids) {
      state.world.public.signed[seat(state, id)] = true;
      state.world.public.ratified[seat(state, id)] = true;
    }
    return state;
  }

  it('needs the number of ratifications and the capability share of the quorum', () => {
    const q = loadScenario('rsa-2017').rules.entryIntoForce;
    expect(q).toEqual({ ratifications: 6, capabilityShare: 0.25 });
    // Six small states: the count, not the share.
    const small = withRatified(['jpn', 'eux', 'bra', 'ind', 'deu', 'irn']);
    const total = small.actors.filter((a) => a.kind === 'state').reduce((s, a) => s + a.capability, 0);
    const share = ['jpn', 'eux', 'bra', 'ind', 'deu', 'irn'].reduce((s, id) => s + small.actors[seat(small, id)]!.capability, 0) / total;
    expect(quorumMet(small)).toBe(share >= 0.25);
    // Five big ones: the share, not the count.
    expect(quorumMet(withRatified(['usa', 'rus', 'chn', 'gbr', 'isr']))).toBe(false);
    expect(quorumMet(withRatified(['usa', 'rus', 'chn', 'gbr', 'isr', 'fra']))).toBe(true);
    const noShare = withRatified(['jpn', 'eux', 'bra', 'ind', 'deu', 'irn'], (s) => (s.rules.entryIntoForce.capabilityShare = 0.99));
    expect(quorumMet(noShare)).toBe(false);
  });

  it('does not count withdrawn parties', () => {
    const state = withRatified(['usa', 'rus', 'chn', 'gbr', 'isr', 'fra']);
    state.world.public.withdrawn[seat(state, 'fra')] = true;
    expect(quorumMet(state)).toBe(false);
  });

  it('brings the convention into force with an attribution body only when the text creates one', () => {
    const state = withRatified(['usa', 'rus', 'chn', 'gbr', 'isr', 'fra']);
    state.world.public.text[A.attribution] = BODY_THRESHOLD;
    checkEntryIntoForce(state);
    expect(state.flow).toMatchObject({ inForce: true, bodyActive: true, inForceYear: 1 });
    state.world.public.text[A.attribution] = BODY_THRESHOLD - 0.01;
    checkEntryIntoForce(state);
    expect(state.flow).toMatchObject({ inForce: true, bodyActive: false });
    const short = withRatified(['usa']);
    checkEntryIntoForce(short);
    expect(short.flow).toMatchObject({ inForce: false, bodyActive: false });
    expect(short.log.at(-1)!.type).toBe('not-in-force');
  });
});
