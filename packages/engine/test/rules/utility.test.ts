import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FREE_RIDE_SHARE,
  contentFactor,
  enforcement,
  expectedBound,
  protection,
  redline,
  restraintCost,
  textUtility,
  treatySurplus,
  type Preferences,
} from '../../src/rules/utility.js';
import { A, ARTICLE_COUNT } from '../../src/scenario/articles.js';
import { freshState, seat, stateFacts } from '../support/scenarios.js';

const unitArb = fc.double({ min: 0, max: 1, noNaN: true });
const textArb = fc.array(unitArb, { minLength: ARTICLE_COUNT, maxLength: ARTICLE_COUNT });
const salienceArb = fc
  .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: ARTICLE_COUNT, maxLength: ARTICLE_COUNT })
  .map((w) => {
    const total = w.reduce((s, x) => s + x, 0);
    return w.map((x) => x / total);
  });
const prefsArb: fc.Arbitrary<Preferences> = fc.record({
  ideal: textArb,
  salience: salienceArb,
  contentControl: unitArb,
  contentTolerance: unitArb,
  capability: unitArb,
  reservation: unitArb,
  bodyAlpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  bodyBeta: fc.double({ min: 0.1, max: 50, noNaN: true }),
});

describe('textUtility', () => {
  it('lies in [0, 1] for any preferences and text', () => {
    fc.assert(fc.property(prefsArb, textArb, (p, x) => {
      const u = textUtility(p, x);
      expect(u).toBeGreaterThanOrEqual(-1e-12);
      expect(u).toBeLessThanOrEqual(1 + 1e-12);
    }));
  });

  it('is 1 at the ideal of a state whose ideal content is within its tolerance', () => {
    const usa = stateFacts(freshState('rsa-2017'), 'usa');
    expect(usa.ideal[A.content]).toBeLessThanOrEqual(usa.contentTolerance);
    expect(textUtility(usa, usa.ideal)).toBeCloseTo(1, 12);
  });

  it('falls as a salient article moves away from the ideal', () => {
    fc.assert(fc.property(prefsArb, textArb, fc.integer({ min: 0, max: ARTICLE_COUNT - 1 }).filter((a) => a !== A.content), (p, x, a) => {
      const near = [...x];
      near[a] = p.ideal[a]!;
      const far = [...x];
      far[a] = p.ideal[a]! >= 0.5 ? 0 : 1;
      expect(textUtility(p, far)).toBeLessThanOrEqual(textUtility(p, near) + 1e-12);
    }));
  });
});

describe('contentFactor', () => {
  it('never rises with content scope for a state that rejects content control, and is 1 up to its tolerance', () => {
    fc.assert(fc.property(prefsArb, unitArb, unitArb, (p0, c1, c2) => {
      const p = { ...p0, contentControl: p0.contentControl * 0.49 };
      const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
      expect(contentFactor(p, hi)).toBeLessThanOrEqual(contentFactor(p, lo));
      if (lo <= p.contentTolerance) expect(contentFactor(p, lo)).toBe(1);
      expect(contentFactor(p, hi)).toBeGreaterThanOrEqual(0);
    }));
  });

  it('never falls with content scope for a state that wants content control', () => {
    fc.assert(fc.property(prefsArb, unitArb, unitArb, (p0, c1, c2) => {
      const p = { ...p0, contentControl: 0.5 + 0.5 * p0.contentControl };
      const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
      expect(contentFactor(p, hi)).toBeGreaterThanOrEqual(contentFactor(p, lo));
      expect(contentFactor(p, 1)).toBe(1);
    }));
  });

  it('makes a broad content scope worth less to the US and more to Russia (rsa-2017)', () => {
    const state = freshState('rsa-2017');
    const usa = stateFacts(state, 'usa');
    const rus = stateFacts(state, 'rus');
    expect(contentFactor(usa, 0.8)).toBeLessThan(contentFactor(usa, 0.1));
    expect(contentFactor(rus, 0.8)).toBeGreaterThan(contentFactor(rus, 0.1));
  });
});

describe('treatySurplus', () => {
  const rules = freshState('rsa-2017').scenario.rules;

  it('is the value of joining minus the value of staying out', () => {
    fc.assert(fc.property(prefsArb, unitArb, textArb, unitArb, (p, exposure, x, bound) => {
      const shield = protection(p, exposure, x, bound);
      const expected = textUtility(p, x) + shield - restraintCost(p, x) - (p.reservation + FREE_RIDE_SHARE * shield - rules.clubPenalty * bound);
      expect(treatySurplus(p, exposure, x, bound, rules)).toBeCloseTo(expected, 12);
    }));
  });

  it('falls one for one with the reservation value and rises with a club penalty on non-parties', () => {
    fc.assert(fc.property(prefsArb, unitArb, textArb, fc.double({ min: 0.01, max: 1, noNaN: true }), (p, exposure, x, bound) => {
      const base = treatySurplus(p, exposure, x, bound, rules);
      expect(treatySurplus({ ...p, reservation: p.reservation + 0.1 }, exposure, x, bound, rules)).toBeCloseTo(base - 0.1, 12);
      expect(treatySurplus(p, exposure, x, bound, { ...rules, clubPenalty: rules.clubPenalty + 0.2 })).toBeGreaterThan(base);
    }));
  });

  it('rises with exposure and with the share of capability bound (protection), falls with own capability (restraint)', () => {
    fc.assert(fc.property(prefsArb, unitArb, unitArb, textArb, unitArb, unitArb, (p, e1, e2, x, b1, b2) => {
      const [elo, ehi] = e1 <= e2 ? [e1, e2] : [e2, e1];
      const [blo, bhi] = b1 <= b2 ? [b1, b2] : [b2, b1];
      const noClub = { ...rules, clubPenalty: 0 };
      expect(treatySurplus(p, ehi, x, blo, noClub)).toBeGreaterThanOrEqual(treatySurplus(p, elo, x, blo, noClub) - 1e-12);
      expect(treatySurplus(p, elo, x, bhi, noClub)).toBeGreaterThanOrEqual(treatySurplus(p, elo, x, blo, noClub) - 1e-12);
      expect(treatySurplus({ ...p, capability: Math.min(1, p.capability + 0.3) }, elo, x, blo, noClub)).toBeLessThanOrEqual(
        treatySurplus(p, elo, x, blo, noClub) + 1e-12,
      );
    }));
  });

  it('restraint costs nothing under voluntary norms, and enforcement grows with the body and trust in it', () => {
    fc.assert(fc.property(prefsArb, textArb, (p, x) => {
      expect(restraintCost(p, x.map((v, a) => (a === A.binding ? 0 : v)))).toBe(0);
      const weak = x.map((v, a) => (a === A.attribution ? 0 : v));
      const strong = x.map((v, a) => (a === A.attribution ? 1 : v));
      expect(enforcement(p, strong)).toBeGreaterThanOrEqual(enforcement(p, weak));
      expect(enforcement({ ...p, bodyAlpha: p.bodyAlpha + 5 }, strong)).toBeGreaterThanOrEqual(enforcement(p, strong));
    }));
  });
});

describe('expectedBound', () => {
  it('reads the ratified, else the signatories, else the states outside the sovereignty coalition', () => {
    const state = freshState('rsa-2017');
    const pub = state.world.public;
    const states = state.actors.filter((a) => a.kind === 'state');
    const total = states.reduce((s, a) => s + a.capability, 0);
    const open = states.reduce((s, a) => s + a.capability, 0);
    expect(expectedBound(pub, state.actors)).toBeCloseTo((0.7 * open) / total, 12);
    const rus = seat(state, 'rus');
    pub.coalition[rus] = 'sovereignty';
    expect(expectedBound(pub, state.actors)).toBeCloseTo((0.7 * (open - state.actors[rus]!.capability)) / total, 12);
    const usa = seat(state, 'usa');
    const gbr = seat(state, 'gbr');
    pub.signed[usa] = true;
    pub.signed[gbr] = true;
    expect(expectedBound(pub, state.actors)).toBeCloseTo((state.actors[usa]!.capability + state.actors[gbr]!.capability) / total, 12);
    pub.ratified[gbr] = true;
    expect(expectedBound(pub, state.actors)).toBeCloseTo(state.actors[gbr]!.capability / total, 12);
    pub.withdrawn[gbr] = true;
    expect(expectedBound(pub, state.actors)).toBeCloseTo(state.actors[usa]!.capability / total, 12);
  });
});

describe('redline', () => {
  it('is zero up to the tolerance and grows with content beyond it', () => {
    const state = freshState('rsa-2017');
    const usa = stateFacts(state, 'usa');
    const rules = state.scenario.rules;
    const at = (content: number) => redline(usa, state.world.public.text.map((x, a) => (a === A.content ? content : x)), rules);
    expect(at(usa.contentTolerance)).toBe(0);
    expect(at(0)).toBe(0);
    expect(at(usa.contentTolerance + 0.2)).toBeCloseTo(rules.redlinePenalty * 0.2, 12);
    expect(at(0.9)).toBeGreaterThan(at(0.5));
  });
});
