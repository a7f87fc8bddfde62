import { describe, expect, it } from 'vitest';
import { ELECTION_HARM, MASS_EVENT_HARM, applyScheduled, drawChanceEvents, massEvent } from '../../src/rules/shocks.js';
import { A } from '../../src/scenario/articles.js';
import { drive, freshState, loadScenario, seat, stateFacts, stateIds } from '../support/scenarios.js';

describe('scheduled shocks', () => {
  it('happen at their round or year in a whole rsa-2017 game, as the scenario says', () => {
    const scenario = loadScenario('rsa-2017');
    for (const seed of [1, 2, 3]) {
      const final = drive(scenario, { seed });
      const usa = seat(final, 'usa');
      for (const event of scenario.events) {
        const matches = final.log.filter((e) => e.type === event.kind && (event.round !== undefined ? e.phase === 'negotiation' && e.round === event.round : e.phase === 'operations' && e.year === event.year));
        expect(matches.length, `${event.kind} at ${event.round ?? event.year}`).toBeGreaterThanOrEqual(1);
        if (event.actor) expect(matches.some((e) => e.actor === seat(final, event.actor!))).toBe(true);
      }
      // The change of government in year 4 announced the US's new ideal on the articles it names:
      // the table's estimate is the announced value (the truth keeps the US's private deviation).
      const change = scenario.events.find((e) => e.kind === 'government-change')!;
      expect(final.world.public.estimates[usa]!.ideal[A.targets]).toBe(change.ideal!.targets!);
      expect(final.log.filter((e) => e.type === 'government-change' && e.actor === usa && e.year === 4)).toHaveLength(1);
    }
  });

  it('apply only at their own round or year', () => {
    const state = freshState('rsa-2017');
    state.flow.phase = 'negotiation';
    state.flow.round = 1;
    applyScheduled(state, 'round');
    expect(state.log).toEqual([]);
    state.flow.round = 3;
    applyScheduled(state, 'round');
    expect(state.log.map((e) => e.type).filter((t) => t !== 'revealed' && t !== 'leak')).toEqual(['election-attack', 'mass-event']);
    state.flow.phase = 'operations';
    state.flow.year = 3;
    const before = state.log.length;
    applyScheduled(state, 'year');
    expect(state.log.length).toBe(before);
    state.flow.year = 4;
    const usa = seat(state, 'usa');
    const deviation = stateFacts(state, 'usa').reservation - state.world.public.estimates[usa]!.reservation;
    expect(deviation).not.toBe(0);
    applyScheduled(state, 'year');
    expect(state.log.at(-1)).toMatchObject({ type: 'government-change', actor: usa });
    // Announced: the estimate is the new value, and the truth moved with it.
    expect(state.world.public.estimates[usa]!.reservation).toBe(0.55);
    expect(stateFacts(state, 'usa').reservation - 0.55).toBeCloseTo(deviation, 12);
  });
});

describe('chance shocks', () => {
  it('never happen at chance 0 and always at chance 1, in a fixed order', () => {
    const never = freshState('rsa-2017');
    never.scenario.chances = { 'mass-event': 0, 'government-change': 0, 'election-attack': 0, leak: 0 };
    drawChanceEvents(never);
    expect(never.log).toEqual([]);
    const always = freshState('rsa-2017');
    always.scenario.chances = { 'mass-event': 1, 'government-change': 1, 'election-attack': 1, leak: 1 };
    always.flow.phase = 'operations';
    always.flow.year = 1;
    drawChanceEvents(always);
    expect(always.log.map((e) => e.type)).toEqual(['mass-event', 'government-change', 'election-attack', 'leak']);
    expect(always.world.public.incidents.map((i) => i.source)).toEqual(['election-attack']);
  });
});

describe('the mass event', () => {
  it('harms every state by its exposure and raises the salience of disclosure, restraint and protected targets', () => {
    const state = freshState('rsa-2017');
    const before = stateIds(state).map((id) => [...stateFacts(state, id).salience]);
    massEvent(state, -1);
    stateIds(state).forEach((id, k) => {
      const i = seat(state, id);
      expect(state.world.public.harm[i]).toBeCloseTo(MASS_EVENT_HARM * state.actors[i]!.exposure, 12);
      const s = stateFacts(state, id).salience;
      expect(s.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
      // Each of the three gains on every other article (its own share can fall if it was above a third).
      for (const a of [A.disclosure, A.restraint, A.targets]) expect(s[a]! / s[A.content]!).toBeGreaterThan(before[k]![a]! / before[k]![A.content]!);
    });
    expect(state.world.tally.massEvents).toBe(1);
  });

  it('keeps the source of a leaked stockpile secret', () => {
    const state = freshState('rsa-2017');
    massEvent(state, seat(state, 'usa'));
    const [pub, secret] = state.log;
    expect(pub).toMatchObject({ type: 'mass-event', actor: -1, visibleTo: null });
    expect(secret).toMatchObject({ type: 'mass-event', actor: seat(state, 'usa'), visibleTo: [] });
  });

  it('an election attack harms the named state and adds public pressure on it', () => {
    const state = freshState('rsa-2017');
    state.flow.round = 3;
    applyScheduled(state, 'round');
    const fra = seat(state, 'fra');
    expect(state.world.public.harm[fra]).toBeCloseTo((ELECTION_HARM + MASS_EVENT_HARM) * state.actors[fra]!.exposure, 12);
    expect(state.world.public.pressure[fra]).toBeCloseTo(0.3, 12);
  });
});
