/** Each run's true types: drawn from the seed around the scenario's values, private, and kept by save and restore. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createState } from '../../src/state/create.js';
import { Z_CLAMP, effectiveSpread, stateType } from '../../src/state/private-types.js';
import type { StatePrivate } from '../../src/state/types.js';
import type { Scenario, StateSpec } from '../../src/scenario/schema.js';
import { ARTICLES } from '../../src/scenario/articles.js';
import { resolveSeats } from '../../src/game/seats.js';
import { createGame, playBots } from '../../src/game/game.js';
import { restoreGame, saveGame } from '../../src/persist/save.js';
import { fixedTypes, loadScenario, stateIds } from '../support/scenarios.js';

const uncertain = loadScenario('rsa-2017');
const fixed = fixedTypes(loadScenario('rsa-2017'));
const fresh = (scenario: Scenario, seed: string) => createState(scenario, seed, resolveSeats(scenario));
const truths = (scenario: Scenario, seed: string) => fresh(scenario, seed).world.private.filter((p): p is StatePrivate => p.kind === 'state');
const typeOf = (p: StatePrivate) => [p.ideal, p.salience, p.reservation, p.domesticHurdle, p.contentControl, p.contentTolerance];

describe('the drawn truth', () => {
  it("without uncertainty is the scenario's values, and the estimates are those values with spreads 0", () => {
    const state = fresh(fixed, 'x');
    for (const id of stateIds(state)) {
      const spec = fixed.actors[id] as StateSpec;
      const i = state.actors.findIndex((a) => a.id === id);
      const me = state.world.private[i] as StatePrivate;
      expect(me.ideal).toEqual(ARTICLES.map((a) => spec.ideal[a]));
      expect([me.reservation, me.domesticHurdle, me.contentControl, me.contentTolerance]).toEqual([spec.reservation, spec.domesticHurdle, spec.contentControl, spec.contentTolerance]);
      const est = state.world.public.estimates[i]!;
      expect(est.ideal).toEqual(me.ideal);
      expect(est.salience).toEqual(me.salience);
      expect([...est.idealSpread, ...est.salienceSpread, est.reservationSpread, est.hurdleSpread, est.contentControlSpread, est.contentToleranceSpread].every((s) => s === 0)).toBe(true);
    }
  });

  it('does not touch the chance stream: the game draws the same chances with or without uncertainty', () => {
    expect(fresh(uncertain, 'same').rng).toEqual(fresh(fixed, 'same').rng);
  });

  it('is the same for the same seed and differs between seeds (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(truths(uncertain, a).map(typeOf)).toEqual(truths(uncertain, a).map(typeOf));
        if (a !== b) expect(truths(uncertain, a).map((p) => p.reservation)).not.toEqual(truths(uncertain, b).map((p) => p.reservation));
      }),
      { numRuns: 60 },
    );
  });

  it("stays in each field's range, the salience weights summing to 1 (property)", () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        for (const p of truths(uncertain, seed)) {
          for (const x of [...p.ideal, p.reservation, p.contentControl, p.contentTolerance]) expect(x >= 0 && x <= 1).toBe(true);
          expect(p.domesticHurdle >= 0 && p.domesticHurdle <= 10).toBe(true);
          expect(p.salience.every((w) => w >= 0)).toBe(true);
          expect(p.salience.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the scenario's values as the means (4,000 draws, ±4 standard errors), even near a bound", () => {
    const spec: StateSpec = { ...(fixed.actors['usa'] as StateSpec), reservation: 0.6, domesticHurdle: 0.2, contentControl: 0.05 };
    const spreads = { ideal: 0.1, salience: 0.3, reservation: 0.1, domesticHurdle: 0.5, contentControl: 0.1, contentTolerance: 0.1 };
    const draws = 4000;
    const sums = { reservation: 0, hurdle: 0, control: 0 };
    const squares = { reservation: 0, hurdle: 0, control: 0 };
    const rng = { s0: 0.1, s1: 0.2, s2: 0.3, c: 1 };
    for (let k = 0; k < draws; k++) {
      const t = stateType(spec, spreads, rng);
      sums.reservation += t.reservation;
      squares.reservation += (t.reservation - 0.6) ** 2;
      sums.hurdle += t.domesticHurdle;
      squares.hurdle += (t.domesticHurdle - 0.2) ** 2;
      sums.control += t.contentControl;
      squares.control += (t.contentControl - 0.05) ** 2;
    }
    const check = (sum: number, square: number, mean: number) => expect(Math.abs(sum / draws - mean)).toBeLessThan(4 * Math.sqrt(square / draws / draws));
    check(sums.reservation, squares.reservation, 0.6);
    check(sums.hurdle, squares.hurdle, 0.2);
    check(sums.control, squares.control, 0.05);
    // Far from the bounds the spread is the scenario's; near one it narrows so the draw needs no clipping.
    expect(Math.sqrt(squares.reservation / draws)).toBeGreaterThan(0.09);
    expect(effectiveSpread(0.2, 0.5, 0, 10)).toBeCloseTo(0.2 / Z_CLAMP, 12);
    expect(effectiveSpread(0, 0.5, 0, 1)).toBe(0);
  });

  it('survives save and restore, with the estimates, mid-game and at the end', () => {
    let game = createGame(uncertain, { seed: 'saved' });
    const whole = playBots(game);
    const restored = restoreGame(saveGame(whole));
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.state.world.private).toEqual(whole.world.private);
    expect(restored.state.world.public.estimates).toEqual(whole.world.public.estimates);
    game = createGame(uncertain, { seed: 'saved' });
    const again = restoreGame(saveGame(game));
    if (!again.ok) throw new Error(again.error);
    expect(JSON.stringify(playBots(again.state).log)).toBe(JSON.stringify(whole.log));
  });
});
