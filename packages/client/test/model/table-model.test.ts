/**
 * The table model carries only what its perspective may see: the public one (the projector) no
 * private fact at all, a seat's its own facts and nothing of another seat's, the omniscient one
 * everything. Checked on every step of real games (fast-check picks scenario, seed and step). A
 * projector's table, built from the public view the server sends, is every seat's public table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLES, createGame, playBots, publicViewOf, viewFor, type GameState, type PublicView, type View } from '@geneva/engine';
import { publicTableModel, tableModel, viewTableModel } from '../../src/model/table-model.js';
import { shippedScenarios } from '../../src/scenarios.js';

/** Every state of a bot game, step by step. */
function statesOf(id: string, seed: number): GameState[] {
  const states = [createGame(shippedScenarios.get(id)!, { seed })];
  while (states[states.length - 1]!.flow.phase !== 'concluded') states.push(playBots(states[states.length - 1]!, undefined, 1));
  return states;
}

const games = new Map<string, GameState[]>();
const gameOf = (id: string, seed: number) => {
  const key = `${id}/${seed}`;
  if (!games.has(key)) games.set(key, statesOf(id, seed));
  return games.get(key)!;
};

const arbitraryState = fc
  .record({ id: fc.constantFrom(...shippedScenarios.keys()), seed: fc.integer({ min: 1, max: 4 }), at: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ id, seed, at }) => {
    const states = gameOf(id, seed);
    return states[Math.min(states.length - 1, Math.floor(at * states.length))]!;
  });

describe('tableModel', () => {
  it('shows the public table with no private fact', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const model = tableModel(state, { kind: 'public' });
        expect(model.trust).toEqual([]);
        expect(model.bodyTrust).toBeNull();
        for (const article of model.articles) expect(article.ideals).toEqual([]);
        for (const incident of model.incidents) {
          const truth = state.world.public.incidents.find((i) => i.id === incident.id)!;
          expect(incident.attacker).toBe(truth.revealedAttacker);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("shows a seat its own facts and none of another seat's", () => {
    fc.assert(
      fc.property(arbitraryState, fc.nat(), (state, k) => {
        const seat = k % state.actors.length;
        const model = tableModel(state, { kind: 'seat', seat });
        const own = state.world.private[seat]!;
        for (const edge of model.trust) {
          expect(edge.from).toBe(seat);
          expect(edge.value).toBe(own.trust[edge.to]);
        }
        for (const article of model.articles) for (const ideal of article.ideals) expect(ideal.actor).toBe(seat);
        expect(model.bodyTrust).toBeCloseTo(own.bodyAlpha / (own.bodyAlpha + own.bodyBeta), 12);
        expect(model.actors.filter((a) => a.self).map((a) => a.index)).toEqual([seat]);
        for (const incident of model.incidents) expect(incident.attacker).toBe(state.world.public.incidents.find((i) => i.id === incident.id)!.revealedAttacker);
      }),
      { numRuns: 60 },
    );
  });

  it('gives a networked seat, from its view sent as JSON, the same table as the hot-seat page', () => {
    fc.assert(
      fc.property(arbitraryState, fc.nat(), (state, k) => {
        const seat = k % state.actors.length;
        const view = JSON.parse(JSON.stringify(viewFor(state, seat))) as View;
        const extras = {
          awaiting: new Set(state.flow.step.requests.filter((r) => state.flow.step.sheets[r.seat] === null).map((r) => r.seat)),
          humans: new Set<number>(),
          titles: Object.fromEntries(ARTICLES.map((id) => [id, state.scenario.articles[id].title])),
        };
        expect(viewTableModel(view, 'seat', extras)).toEqual(tableModel(state, { kind: 'seat', seat }));
        expect(viewTableModel(view, 'public', extras)).toEqual(tableModel(state, { kind: 'public' }));
      }),
      { numRuns: 40 },
    );
  });

  it("builds a projector's table from the public view alone, the same as every seat's public table", () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        // As a watcher receives it: the server's JSON of publicViewOf.
        const view = JSON.parse(JSON.stringify(publicViewOf(state))) as PublicView;
        const extras = {
          awaiting: new Set(state.flow.step.requests.filter((r) => state.flow.step.sheets[r.seat] === null).map((r) => r.seat)),
          humans: new Set([0]),
          titles: Object.fromEntries(ARTICLES.map((id) => [id, state.scenario.articles[id].title])),
        };
        const projected = publicTableModel(view, extras);
        for (const seat of state.actors.map((a) => a.index)) expect(projected).toEqual(viewTableModel(viewFor(state, seat), 'public', extras));
        expect(publicTableModel(view)).toEqual(viewTableModel(viewFor(state, 0), 'public'));
      }),
      { numRuns: 40 },
    );
  });

  it('shows everything to the omniscient perspective, true attackers included', () => {
    const states = gameOf('rsa-2017', 2);
    const last = states[states.length - 1]!;
    const model = tableModel(last, { kind: 'omniscient' });
    const n = last.actors.length;
    expect(model.trust).toHaveLength(n * (n - 1));
    for (const op of last.world.secret.operations.filter((o) => o.incident >= 0))
      expect(model.incidents.find((i) => i.id === op.incident)?.attacker).toBe(op.attacker);
  });
});
