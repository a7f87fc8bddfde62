import { describe, expect, it } from 'vitest';
import { seriesOf } from '../../src/outcome/series.js';
import { ROUND_QUANTITIES, YEAR_QUANTITIES, type SeriesValue } from '../../src/outcome/series-quantities.js';
import { outcomeOf } from '../../src/outcome/outcome.js';
import { playGame } from '../../src/game/run.js';
import { A } from '../../src/scenario/articles.js';
import { MASS_EVENT_HARM } from '../../src/rules/shocks.js';
import type { GameState } from '../../src/state/types.js';
import { loadScenario, SCENARIO_IDS } from '../support/scenarios.js';

/** The values of one quantity on one clock, by t. */
function valuesOf(series: readonly SeriesValue[], clock: 'round' | 'year', quantity: string): Map<number, number> {
  return new Map(series.filter((v) => v.clock === clock && v.quantity === quantity).map((v) => [v.t, v.value]));
}

function sum(values: Map<number, number>): number {
  return [...values.values()].reduce((s, v) => s + v, 0);
}

/** What happened in the negotiation (year 0), which no year of the series holds. */
function negotiationHarm(state: GameState): number {
  const exposure = state.actors.filter((a) => a.kind === 'state').reduce((s, a) => s + a.exposure, 0);
  const early = state.log.filter((e) => e.year === 0);
  const massEvents = early.filter((e) => e.type === 'mass-event' && e.visibleTo === null).length;
  return early.filter((e) => e.type === 'election-attack').reduce((s, e) => s + e.value, 0) + massEvents * MASS_EVENT_HARM * exposure;
}

const games = SCENARIO_IDS.flatMap((id) => [1, 2, 3, 4, 5, 6].map((seed) => ({ id, seed, state: playGame(loadScenario(id), { seed }) })));

describe('seriesOf', () => {
  it('lists every quantity of every implementation year, at its calendar year', () => {
    for (const { state } of games) {
      const years = seriesOf(state).filter((v) => v.clock === 'year');
      const { year, horizon } = state.scenario;
      expect(years.length).toBe(YEAR_QUANTITIES.length * horizon.years);
      expect([...new Set(years.map((v) => v.t))]).toEqual(Array.from({ length: horizon.years }, (_, k) => year + 1 + k));
      expect(years.slice(0, YEAR_QUANTITIES.length).map((v) => v.quantity)).toEqual([...YEAR_QUANTITIES]);
    }
  });

  it("adds up, year by year, to the outcome's totals (less what happened during the negotiation)", () => {
    for (const { id, seed, state } of games) {
      const series = seriesOf(state);
      const outcome = outcomeOf(state);
      const year = (q: string) => valuesOf(series, 'year', q);
      const at = `${id} seed ${seed}`;
      expect(sum(year('operations')), at).toBe(outcome.covertOpsParties + outcome.covertOpsNonParties);
      expect(sum(year('incidents')), at).toBe(outcome.incidents - state.world.public.incidents.filter((i) => i.year === 0).length);
      expect(sum(year('civilianHarm')), at).toBeCloseTo(outcome.civilianHarm - negotiationHarm(state), 4);
      expect(sum(year('attributionsCorrect')), at).toBe(outcome.attributionsCorrect);
      expect(sum(year('attributionsFalse')), at).toBe(outcome.attributionsFalse);
      expect(sum(year('massEvents')), at).toBe(outcome.massEvents - state.log.filter((e) => e.type === 'mass-event' && e.visibleTo === null && e.year === 0).length);
    }
  });

  it("counts each year's operations where the secret record puts them", () => {
    for (const { state } of games) {
      const operations = valuesOf(seriesOf(state), 'year', 'operations');
      for (const [t, value] of operations) expect(value).toBe(state.world.secret.operations.filter((op) => op.year === t - state.scenario.year).length);
    }
  });

  it('ends its standing figures (trust in the body, parties, in force) where the outcome ends', () => {
    for (const { id, seed, state } of games) {
      const series = seriesOf(state);
      const outcome = outcomeOf(state);
      const last = state.scenario.year + state.scenario.horizon.years;
      const pub = state.world.public;
      const at = `${id} seed ${seed}`;
      expect(valuesOf(series, 'year', 'attributionTrust').get(last), at).toBe(outcome.attributionTrust);
      expect(valuesOf(series, 'year', 'parties').get(last), at).toBe(pub.ratified.filter((r, i) => r && !pub.withdrawn[i]).length);
      expect(valuesOf(series, 'year', 'inForce').get(last), at).toBe(outcome.inForce ? 1 : 0);
    }
  });

  it("follows the negotiation round by round: amendments, the text's votes, the draft's binding and content positions", () => {
    for (const { id, seed, state } of games) {
      const series = seriesOf(state);
      const outcome = outcomeOf(state);
      const round = (q: string) => valuesOf(series, 'round', q);
      const calls = state.world.public.rollCalls;
      const at = `${id} seed ${seed}`;
      expect(sum(round('amendmentsTabled')), at).toBe(state.flow.amendmentsTabled);
      expect(sum(round('amendmentsPassed')), at).toBe(calls.filter((c) => c.amendment >= 0 && c.passed).length);
      const votes = calls.filter((c) => c.amendment === -1);
      expect([...round('textVoteShare').values()], at).toEqual(votes.map((c) => Math.round(c.share * 1e6) / 1e6));
      const rounds = [...round('binding').keys()];
      expect(rounds, at).toEqual(Array.from({ length: rounds.length }, (_, k) => k + 1));
      expect(round('binding').get(rounds.length), at).toBe(outcome.binding);
      expect(round('contentScope').get(rounds.length), at).toBe(outcome.contentScope);
      // Where an amendment on binding passed in a round, the series has the position it set.
      for (const c of calls.filter((c) => c.amendment >= 0 && c.passed && c.article === A.binding)) expect(round('binding').get(c.round), at).toBeDefined();
      expect(series.filter((v) => v.clock === 'round').every((v) => (ROUND_QUANTITIES as readonly string[]).includes(v.quantity))).toBe(true);
    }
  });

  it('has something to show: these games ran operations, blamed states and passed amendments', () => {
    const all = games.flatMap(({ state }) => seriesOf(state));
    for (const quantity of ['operations', 'incidents', 'attributionsCorrect', 'amendmentsPassed'])
      expect(all.filter((v) => v.quantity === quantity).some((v) => v.value > 0), quantity).toBe(true);
    const trust = all.filter((v) => v.quantity === 'attributionTrust').map((v) => v.value);
    expect(new Set(trust).size, 'trust in the body moves in some game').toBeGreaterThan(1);
  });
});
