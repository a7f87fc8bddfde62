import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pivotalSurplus, pivotOdds } from '../../src/rules/participation.js';
import { ratifyInYear, ratificationChance } from '../../src/rules/ratification.js';
import { treatySurplus, expectedBound } from '../../src/rules/utility.js';
import { buildRequests } from '../../src/flow/requests.js';
import { checkSheet } from '../../src/flow/legality.js';
import type { OperationsSheet, Sheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { A } from '../../src/scenario/articles.js';
import { freshState, seat, sheetsFor, stateFacts, stateIds } from '../support/scenarios.js';

/** rsa-2017 in year `year` of implementation, the text adopted; `signed` states signed, `ratified` ratified. */
function inYear(year: number, signed: string[], ratified: string[] = []): GameState {
  const state = freshState('rsa-2017', `year-${year}`);
  state.flow.phase = 'operations';
  state.flow.year = year;
  state.flow.adopted = true;
  for (const id of signed) state.world.public.signed[seat(state, id)] = true;
  for (const id of ratified) state.world.public.ratified[seat(state, id)] = true;
  return state;
}

const submitting = (state: GameState, ids: string[]) =>
  sheetsFor<OperationsSheet>(state, Object.fromEntries(ids.map((id) => [id, { phase: 'operations', submit: true }])));

/** Every state's legislature passes anything. */
function compliant(state: GameState): void {
  for (const id of stateIds(state)) stateFacts(state, id).domesticHurdle = 0;
  state.world.public.pressure.fill(30);
}

describe('the chance of a convention in force with and without a state', () => {
  it('matches a count of every outcome (the quorum by count), for any chances of the others', () => {
    const state = freshState('rsa-2017', 'odds');
    const states = state.actors.filter((a) => a.kind === 'state');
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: states.length, maxLength: states.length }), fc.integer({ min: 1, max: 8 }), (chances, k) => {
        const odds = state.actors.map((a) => (a.kind === 'state' ? chances[states.indexOf(a)]! : 0));
        // Only the first 8 states may ratify (so the count of outcomes stays small); state 0 decides.
        for (let j = 9; j < states.length; j++) odds[states[j]!.index] = 0;
        const rules = { ...state.scenario.rules, entryIntoForce: { ratifications: k, capabilityShare: 0 } };
        const me = states[0]!.index;
        const got = pivotOdds(state.world.public, state.actors, rules, me, odds);
        const others = states.slice(1, 9).map((a) => odds[a.index]!);
        let withMe = 0;
        let without = 0;
        for (let mask = 0; mask < 1 << others.length; mask++) {
          let p = 1;
          let count = 0;
          others.forEach((q, j) => {
            const yes = (mask >> j) & 1;
            p *= yes ? q : 1 - q;
            count += yes;
          });
          if (count + 1 >= k) withMe += p;
          if (count >= k) without += p;
        }
        expect(got.withMe).toBeCloseTo(withMe, 9);
        expect(got.withoutMe).toBeCloseTo(without, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('is certain either way once the quorum is met without the state, and decided by it when it is the last one needed', () => {
    const state = inYear(2, [], ['deu', 'fra', 'gbr']);
    const odds = state.actors.map(() => 0);
    const rules = (k: number) => ({ ...state.scenario.rules, entryIntoForce: { ratifications: k, capabilityShare: 0 } });
    expect(pivotOdds(state.world.public, state.actors, rules(3), seat(state, 'usa'), odds)).toMatchObject({ withMe: 1, withoutMe: 1 });
    expect(pivotOdds(state.world.public, state.actors, rules(4), seat(state, 'usa'), odds)).toMatchObject({ withMe: 1, withoutMe: 0 });
    expect(pivotOdds(state.world.public, state.actors, rules(5), seat(state, 'usa'), odds)).toMatchObject({ withMe: 0, withoutMe: 0 });
  });
});

describe('what ratifying is worth when participation is uncertain', () => {
  const state = inYear(1, ['usa', 'deu', 'fra'], ['deu', 'fra']);
  const me = stateFacts(state, 'usa');
  const exposure = state.actors[seat(state, 'usa')]!.exposure;
  const text = state.world.public.text;
  const rules = state.scenario.rules;

  it('is the ordinary surplus when the convention binds others whatever the state does', () => {
    const bound = expectedBound(state.world.public, state.actors);
    const odds = { withMe: 1, withoutMe: 1, boundWithMe: bound, boundWithoutMe: bound };
    expect(pivotalSurplus(me, exposure, text, odds, rules)).toBeCloseTo(treatySurplus(me, exposure, text, bound, rules), 12);
  });

  it('gains the free rider\'s share of protection when the state is pivotal (and loses the club penalty\'s bite)', () => {
    const bound = 0.6;
    const certain = pivotalSurplus(me, exposure, text, { withMe: 1, withoutMe: 1, boundWithMe: bound, boundWithoutMe: bound }, rules);
    const pivotal = pivotalSurplus(me, exposure, text, { withMe: 1, withoutMe: 0, boundWithMe: bound, boundWithoutMe: bound }, rules);
    expect(pivotal).toBeGreaterThan(certain);
    const club = { ...rules, clubPenalty: 0.3 };
    expect(pivotalSurplus(me, exposure, text, { withMe: 1, withoutMe: 1, boundWithMe: bound, boundWithoutMe: bound }, club)).toBeGreaterThan(certain);
  });

  it('is nothing for a convention that will not enter into force either way', () => {
    expect(pivotalSurplus(me, exposure, text, { withMe: 0, withoutMe: 0, boundWithMe: 0.2, boundWithoutMe: 0.1 }, rules) + 0).toBe(0);
  });
});

describe('ratification and accession in the implementation years', () => {
  it('lets a state that did not sign accede in a later year, and brings the convention into force at its quorum that year', () => {
    const state = inYear(2, ['deu', 'fra', 'gbr', 'aus', 'eux'], ['deu', 'fra', 'gbr', 'aus', 'eux']);
    compliant(state);
    const request = buildRequests(state).find((r) => r.actor === 'jpn')!;
    expect(request.slots.submit).toBeDefined();
    expect(buildRequests(state).find((r) => r.actor === 'deu')!.slots.submit).toBeUndefined();
    ratifyInYear(state, submitting(state, ['jpn']));
    expect(state.world.public.ratified[seat(state, 'jpn')]).toBe(true);
    expect(state.log.find((e) => e.type === 'ratified')).toMatchObject({ actor: seat(state, 'jpn'), text: 'accession' });
    expect(state.flow.inForce).toBe(true);
    expect(state.flow.inForceYear).toBe(2);
  });

  it('does not let a government submit again until `resubmitAfter` years after its legislature refused', () => {
    const state = inYear(2, ['usa']);
    state.world.public.refused[seat(state, 'usa')] = 1;
    expect(buildRequests(state).find((r) => r.actor === 'usa')!.slots.submit).toBeUndefined();
    compliant(state);
    ratifyInYear(state, submitting(state, ['usa']));
    expect(state.world.public.ratified[seat(state, 'usa')]).toBe(false);
    state.flow.year = 1 + state.scenario.rules.resubmitAfter - 1;
    expect(buildRequests(state).find((r) => r.actor === 'usa')!.slots.submit).toBeUndefined();
    state.flow.year = 1 + state.scenario.rules.resubmitAfter;
    expect(buildRequests(state).find((r) => r.actor === 'usa')!.slots.submit).toBeDefined();
  });

  it('records a refusal with its year', () => {
    const state = inYear(3, ['usa']);
    stateFacts(state, 'usa').domesticHurdle = 10;
    state.world.public.text[A.content] = 1; // the content scope, far beyond the US red line
    ratifyInYear(state, submitting(state, ['usa']));
    expect(state.world.public.refused[seat(state, 'usa')]).toBe(3);
  });

  it('does not revive a lapsed convention unless the scenario allows it', () => {
    for (const revival of [false, true]) {
      const state = inYear(4, ['deu', 'fra', 'gbr', 'aus', 'eux', 'jpn']);
      Object.assign(state, { scenario: { ...state.scenario, rules: { ...state.scenario.rules, revival } } });
      for (const id of ['deu', 'fra', 'gbr', 'aus', 'eux']) state.world.public.ratified[seat(state, id)] = true;
      state.flow.lapsed = true;
      compliant(state);
      expect(buildRequests(state).find((r) => r.actor === 'jpn')!.slots.submit !== undefined).toBe(revival);
      ratifyInYear(state, submitting(state, ['jpn']));
      expect(state.flow.inForce).toBe(revival);
      if (revival) expect(state.log.find((e) => e.type === 'in-force')).toMatchObject({ text: 'revived' });
    }
  });

  it('gives the legislature better odds when the state is pivotal and free-riding was tempting', () => {
    const state = inYear(2, [], ['deu', 'fra', 'gbr', 'aus']);
    const usa = seat(state, 'usa');
    const chanceAt = (k: number) => {
      Object.assign(state, { scenario: { ...state.scenario, rules: { ...state.scenario.rules, entryIntoForce: { ratifications: k, capabilityShare: 0 } } } });
      return ratificationChance(state, usa);
    };
    // Four have ratified: with a quorum of 4 the US free-rides on a convention in force anyway; with 5 its own ratification decides.
    expect(chanceAt(5)).toBeGreaterThan(chanceAt(4));
  });
});

describe('conditional pledges (ratify if at least k of these states ratify)', () => {
  function pledged(state: GameState, by: string, states: string[], atLeast: number): void {
    const p = { id: 0, step: 0, by: seat(state, by), to: [], kind: 'ratify-if' as const, target: -1, condition: { states: states.map((id) => seat(state, id)), atLeast }, status: 'open' as const };
    state.world.secret.pledges.push(p);
    state.world.public.pledges.push({ ...p });
    state.world.tally.pledgesMade = 1;
  }

  it('stays open while the condition does not hold, and is kept by a submission', () => {
    const state = inYear(2, ['ind'], ['usa']);
    pledged(state, 'ind', ['usa', 'gbr'], 2);
    ratifyInYear(state, submitting(state, []));
    expect(state.world.secret.pledges[0]!.status).toBe('open');
    ratifyInYear(state, submitting(state, ['ind']));
    expect(state.world.secret.pledges[0]!.status).toBe('kept');
    expect(state.world.public.pledges[0]!.status).toBe('kept');
  });

  it('is broken when its condition held and its maker could submit and did not', () => {
    const state = inYear(2, ['ind'], ['usa', 'gbr']);
    pledged(state, 'ind', ['usa', 'gbr'], 2);
    ratifyInYear(state, submitting(state, []));
    expect(state.world.secret.pledges[0]!.status).toBe('broken');
    expect(state.log.find((e) => e.type === 'pledge-broken')).toMatchObject({ text: 'ratify-if:usa,gbr', value: 2 });
  });

  it('makes a state whose ratification would bring another along more pivotal at home, in proportion to its trust in the maker', () => {
    // Four have ratified, the quorum is six: India promised to ratify once the US has. Without the
    // US, India waits; with it, India follows, so the US's ratification weighs more at home.
    const chanceOfUsa = (pledge: boolean, trust: number) => {
      const state = inYear(2, [], ['deu', 'fra', 'gbr', 'aus']);
      Object.assign(state, { scenario: { ...state.scenario, rules: { ...state.scenario.rules, entryIntoForce: { ratifications: 6, capabilityShare: 0 } } } });
      if (pledge) pledged(state, 'ind', ['usa'], 1);
      stateFacts(state, 'usa').trust[seat(state, 'ind')] = trust;
      return ratificationChance(state, seat(state, 'usa'));
    };
    expect(chanceOfUsa(true, 0.9)).toBeGreaterThan(chanceOfUsa(true, 0.3));
    expect(chanceOfUsa(true, 0.3)).toBeGreaterThan(chanceOfUsa(false, 0.3));
    expect(chanceOfUsa(true, 0)).toBe(chanceOfUsa(false, 0));
  });

  it('is checked by the request: other distinct states, and a number between 1 and their count', () => {
    const state = inYear(2, ['ind']);
    const request = buildRequests(state).find((r) => r.actor === 'ind')!;
    const sheet = (states: unknown, atLeast: unknown) => ({ phase: 'operations', pledges: [{ kind: 'ratify-if', to: [], states, atLeast }] }) as unknown as Sheet;
    expect(checkSheet(request, sheet(['usa', 'gbr'], 2))).toBeNull();
    expect(checkSheet(request, sheet([], 1))?.slot).toBe('pledges.0.states');
    expect(checkSheet(request, sheet(['ind'], 1))?.slot).toBe('pledges.0.states');
    expect(checkSheet(request, sheet(['usa', 'usa'], 1))?.slot).toBe('pledges.0.states');
    expect(checkSheet(request, sheet(['usa', 'gbr'], 3))?.slot).toBe('pledges.0.atLeast');
    expect(checkSheet(request, sheet(['usa'], 0.5))?.slot).toBe('pledges.0.atLeast');
  });
});

describe('a seat\'s ratification outlook', () => {
  it('gives the legislature\'s chance the rules use, and nothing to a state that may not submit', async () => {
    const { ratificationOutlook } = await import('../../src/view/outlook.js');
    const { viewFor } = await import('../../src/view/view.js');
    const state = inYear(2, [], ['deu', 'fra', 'gbr', 'aus']);
    const usa = seat(state, 'usa');
    const outlook = ratificationOutlook(viewFor(state, usa))!;
    expect(outlook.approval).toBe(ratificationChance(state, usa));
    expect(outlook.inForceIfYes).toBeGreaterThanOrEqual(outlook.inForceIfNo);
    expect(ratificationOutlook(viewFor(state, seat(state, 'deu')))).toBeNull();
    expect(ratificationOutlook(viewFor(state, seat(state, 'microsoft')))).toBeNull();
  });
});

describe('what the public record says of a ratification', () => {
  it('carries the chance the table expected, whatever the state\'s private hurdle (the true chance would reveal it)', () => {
    const values = [0, 5].map((hurdle) => {
      const state = inYear(2, ['usa']);
      stateFacts(state, 'usa').domesticHurdle = hurdle;
      ratifyInYear(state, submitting(state, ['usa']));
      const event = state.world.public.log.find((e) => e.type === 'ratified' || e.type === 'ratification-failed')!;
      return event.value;
    });
    expect(values[0]).toBe(values[1]);
  });
});
