/**
 * The table's geometry for every shipped scenario on the 1280×620 canvas: every seat on
 * the canvas, no two seats overlapping, states grouped by bloc, and the trust chords chosen per
 * perspective (none in public, the seat's own in its view, at most 30 mutual ones when omniscient).
 */
import { describe, expect, it } from 'vitest';
import { createGame, playBots } from '@geneva/engine';
import { tableModel } from '../../src/model/table-model.js';
import { groupsOf, layoutTable } from '../../src/scene/layout.js';
import { meaningfulChords } from '../../src/scene/chords.js';
import { shippedScenarios } from '../../src/scenarios.js';

describe('layoutTable', () => {
  for (const [id, scenario] of shippedScenarios)
    // The canvas is always 1280×620 (CSS scales it to the screen).
    for (const [width, height] of [[1280, 620]] as const)
      it(`places every seat of ${id} on a ${width}×${height} canvas, none overlapping`, () => {
        const model = tableModel(createGame(scenario, { seed: 1 }), { kind: 'public' });
        const layout = layoutTable(model.actors, (i) => 8 * (model.actors[i]?.id.length ?? 0), width, height);
        expect(layout.seats).toHaveLength(model.actors.length);
        for (const s of layout.seats) {
          expect(s.x - s.r).toBeGreaterThanOrEqual(0);
          expect(s.x + s.r).toBeLessThanOrEqual(width);
          expect(s.y - s.r).toBeGreaterThanOrEqual(0);
          expect(s.y + s.r).toBeLessThanOrEqual(height);
        }
        layout.seats.forEach((a, i) =>
          layout.seats.slice(i + 1).forEach((b) => expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r)),
        );
        // Every actor is in exactly one group; the states of a group share a bloc.
        const groups = groupsOf(model.actors);
        expect(groups.flatMap((g) => g.members).sort((a, b) => a - b)).toEqual(model.actors.map((a) => a.index));
        for (const g of groups) expect(new Set(g.members.map((m) => `${model.actors[m]!.kind}:${model.actors[m]!.kind === 'state' ? model.actors[m]!.bloc : ''}`)).size).toBe(1);
      });
});

describe('meaningfulChords', () => {
  const scenario = shippedScenarios.get('rsa-2017')!;
  const game = playBots(createGame(scenario, { seed: 3 }), undefined, 12);

  it('draws no trust in the public view', () => {
    expect(meaningfulChords(tableModel(game, { kind: 'public' }))).toEqual([]);
  });

  it("draws only the seat's own trust in its view", () => {
    const chords = meaningfulChords(tableModel(game, { kind: 'seat', seat: 0 }));
    expect(chords.length).toBeGreaterThan(0);
    for (const c of chords) expect(c).toMatchObject({ a: 0, directed: true });
  });

  it('draws at most 30 mutual chords, strongest first, when omniscient', () => {
    const chords = meaningfulChords(tableModel(game, { kind: 'omniscient' }));
    expect(chords.length).toBeLessThanOrEqual(30);
    for (const c of chords) expect(c.directed).toBe(false);
    for (const c of chords) expect(Math.abs(c.strength)).toBeLessThanOrEqual(1);
  });
});
