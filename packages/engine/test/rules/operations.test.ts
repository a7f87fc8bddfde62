import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bodyAccuracy, detectionChance, nationalAccuracy, runOperations, successChance } from '../../src/rules/operations.js';
import { runFirms, type Defences } from '../../src/rules/firms.js';
import { recordTalk } from '../../src/rules/talk.js';
import { A } from '../../src/scenario/articles.js';
import type { OperationsSheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { freshState, loadScenario, seat, sheetsFor, stateFacts, stateIds } from '../support/scenarios.js';

function implementation(seed = 'ops', edit?: (s: ReturnType<typeof loadScenario>) => void): GameState {
  const scenario = loadScenario('rsa-2017');
  edit?.(scenario);
  const state = freshState(scenario, seed);
  state.flow.phase = 'operations';
  state.flow.year = 1;
  return state;
}

function defences(state: GameState, intel: number, takedown = 0, cover = 0.5): Defences {
  return { intel, takedown, defence: state.actors.map(() => cover), exposure: 1 };
}

const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('the chances of an operation', () => {
  it('are probabilities in [0, 1] for any attacker, target and defences', () => {
    const state = implementation();
    const ids = stateIds(state);
    fc.assert(fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), unit, unit, unit, fc.boolean(), fc.integer({ min: 0, max: 10 }),
      (a, t, intel, takedown, cover, party, backdoors) => {
        const s = freshState(state.scenario, 'p');
        s.flow.inForce = party;
        s.world.public.ratified[seat(s, a)] = party;
        stateFacts(s, a).backdoors = backdoors;
        const d = defences(s, intel, takedown, cover);
        for (const p of [successChance(s, seat(s, a), seat(s, t), d), detectionChance(s, seat(s, a), seat(s, t), d), nationalAccuracy(s, seat(s, t), d), bodyAccuracy(s, seat(s, a), seat(s, t), d)]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }), { numRuns: 200 });
  });

  it('detection and identification rise with the threat intelligence firms share', () => {
    const state = implementation();
    const ids = stateIds(state);
    fc.assert(fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), unit, unit, (a, t, i1, i2) => {
      const [lo, hi] = i1 <= i2 ? [i1, i2] : [i2, i1];
      const [ai, ti] = [seat(state, a), seat(state, t)];
      expect(detectionChance(state, ai, ti, defences(state, hi))).toBeGreaterThanOrEqual(detectionChance(state, ai, ti, defences(state, lo)));
      expect(nationalAccuracy(state, ti, defences(state, hi))).toBeGreaterThanOrEqual(nationalAccuracy(state, ti, defences(state, lo)));
      expect(bodyAccuracy(state, ai, ti, defences(state, hi))).toBeGreaterThanOrEqual(bodyAccuracy(state, ai, ti, defences(state, lo)));
    }));
    // Strictly, away from the bounds.
    expect(detectionChance(state, seat(state, 'rus'), seat(state, 'fra'), defences(state, 0.8))).toBeGreaterThan(
      detectionChance(state, seat(state, 'rus'), seat(state, 'fra'), defences(state, 0.2)),
    );
  });

  it('more firms sharing intelligence gives a larger shared-intelligence share (runFirms)', () => {
    const share = (sharing: string[]) => {
      const state = implementation();
      const firms = state.actors.filter((a) => a.kind === 'firm').map((a) => a.id);
      return runFirms(state, sheetsFor<OperationsSheet>(state, Object.fromEntries(firms.map((id) => [id, { phase: 'operations', share: sharing.includes(id) }])))).intel;
    };
    expect(share([])).toBe(0);
    expect(share(['microsoft'])).toBeGreaterThan(0);
    expect(share(['microsoft', 'google'])).toBeGreaterThan(share(['microsoft']));
    expect(share(['microsoft', 'google', 'cisco', 'facebook', 'kaspersky', 'huawei'])).toBeCloseTo(1, 12);
  });

  it('the body sees more of a party\'s operations than of a non-party\'s, on either side (access), and more with a stronger body article', () => {
    const state = implementation();
    const rus = seat(state, 'rus');
    const fra = seat(state, 'fra');
    const d = defences(state, 0.3);
    state.flow.inForce = true;
    const neither = bodyAccuracy(state, rus, fra, d);
    state.world.public.ratified[rus] = true;
    const attackerParty = bodyAccuracy(state, rus, fra, d);
    expect(attackerParty).toBeGreaterThan(neither);
    state.world.public.ratified[fra] = true;
    const both = bodyAccuracy(state, rus, fra, d);
    expect(both).toBeGreaterThan(attackerParty);
    state.world.public.text[A.attribution] = 0.4;
    expect(bodyAccuracy(state, rus, fra, d)).toBeLessThan(both);
  });
});

describe('running operations', () => {
  it('records each operation secretly, draws one exploit, and counts it for a party or a non-party', () => {
    const state = implementation();
    const rus = seat(state, 'rus');
    const exploits = stateFacts(state, 'rus').exploits;
    runOperations(state, sheetsFor<OperationsSheet>(state, { rus: { phase: 'operations', targets: ['usa', 'fra'] } }), defences(state, 0));
    const ops = state.world.secret.operations;
    expect(ops.map((o) => [o.attacker, state.actors[o.target]!.id])).toEqual([[rus, 'usa'], [rus, 'fra']]); // targets in seat order
    expect(stateFacts(state, 'rus').exploits).toBeCloseTo(exploits - 2, 12);
    expect(stateFacts(state, 'rus').operations).toHaveLength(2);
    expect(state.world.tally).toMatchObject({ covertOpsNonParties: 2, covertOpsParties: 0 });
    // The truth is in the omniscient log only.
    const truth = state.log.filter((e) => e.type === 'operation');
    expect(truth).toHaveLength(2);
    expect(truth.every((e) => e.visibleTo !== null && e.visibleTo.length === 0)).toBe(true);
    expect(state.world.public.log.some((e) => e.type === 'operation')).toBe(false);
    expect(state.world.private.some((p) => p.log.some((e) => e.type === 'operation'))).toBe(false);
  });

  it('opens a public incident for a detected operation and tells only the victim what its services suspect', () => {
    let detected = 0;
    for (let s = 0; s < 30; s++) {
      const state = implementation(`detect-${s}`);
      runOperations(state, sheetsFor<OperationsSheet>(state, { rus: { phase: 'operations', targets: ['usa'] } }), defences(state, 1));
      const op = state.world.secret.operations[0]!;
      if (!op.detected) {
        expect(op.incident).toBe(-1);
        expect(state.world.public.incidents).toEqual([]);
        continue;
      }
      detected++;
      const incident = state.world.public.incidents[op.incident]!;
      expect(incident).toMatchObject({ target: seat(state, 'usa'), accused: -1, revealedAttacker: -1 });
      expect(state.world.secret.attackerOf[op.incident]).toBe(seat(state, 'rus'));
      const usa = stateFacts(state, 'usa');
      expect(usa.toBlame).toHaveLength(1);
      const detection = state.log.find((e) => e.type === 'detected')!;
      expect(detection.visibleTo).toEqual([seat(state, 'usa')]);
    }
    expect(detected).toBeGreaterThan(0);
  });

  it('counts an operation of a party as a party\'s and lets the body investigate an attack on a party', () => {
    const state = implementation('party');
    const [rus, fra] = [seat(state, 'rus'), seat(state, 'fra')];
    state.flow.inForce = true;
    state.flow.bodyActive = true;
    state.world.public.ratified[rus] = true;
    state.world.public.ratified[fra] = true;
    for (let k = 0; k < 10; k++) runOperations(state, sheetsFor<OperationsSheet>(state, { rus: { phase: 'operations', targets: ['fra'] } }), defences(state, 1));
    expect(state.world.tally.covertOpsParties).toBe(10);
    const detected = state.world.secret.operations.filter((o) => o.detected).length;
    expect(state.world.secret.bodyFindings).toHaveLength(detected);
    for (const f of state.world.secret.bodyFindings) {
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      if (f.named >= 0) expect(f.confidence).toBeGreaterThanOrEqual(state.scenario.rules.evidenceBar);
    }
  });

  it('gives the body a confidence that is the chance its suspect is the attacker (accuracy against false flags), ±20% for the case', () => {
    // With no evidence bar every suspect is named, so every identification shows its confidence.
    const state = implementation('confidence', (s) => (s.rules.evidenceBar = 0));
    const [rus, fra] = [seat(state, 'rus'), seat(state, 'fra')];
    Object.assign(state.flow, { inForce: true, bodyActive: true });
    state.world.public.ratified[fra] = true;
    const d = defences(state, 0.5);
    for (let k = 0; k < 200; k++) runOperations(state, sheetsFor<OperationsSheet>(state, { rus: { phase: 'operations', targets: ['fra'] } }), d);
    const accuracy = bodyAccuracy(state, rus, fra, d);
    const chanceRight = accuracy / (accuracy + (1 - accuracy) * state.scenario.rules.falseFlag);
    const named = state.world.secret.bodyFindings.filter((f) => f.named >= 0);
    expect(named.length).toBeGreaterThan(20);
    for (const f of named) {
      expect(f.confidence).toBeGreaterThanOrEqual(0.8 * chanceRight - 1e-12);
      expect(f.confidence).toBeLessThanOrEqual(Math.min(1, 1.2 * chanceRight) + 1e-12);
    }
  });

  it('breaks a pledge of no operations against the target (or against all), not one that spares another state', () => {
    const state = implementation();
    recordTalk(state, sheetsFor(state, {
      rus: { phase: 'operations', pledges: [{ kind: 'no-operations', to: [] }, { kind: 'no-operations', to: ['gbr'], target: 'gbr' }] },
    }));
    runOperations(state, sheetsFor<OperationsSheet>(state, { rus: { phase: 'operations', targets: ['usa'] } }), defences(state, 0));
    expect(state.world.secret.pledges.map((p) => p.status)).toEqual(['broken', 'open']);
  });

  it('harms civilians only when it succeeds, less when firms take down attacker infrastructure', () => {
    const harmOf = (takedown: number) => {
      let harm = 0;
      for (let s = 0; s < 40; s++) {
        const state = implementation(`harm-${s}`);
        runOperations(state, sheetsFor<OperationsSheet>(state, { usa: { phase: 'operations', targets: ['rus'] } }), defences(state, 0, takedown, 0));
        const op = state.world.secret.operations[0]!;
        if (!op.success) expect(state.world.public.harm[seat(state, 'rus')]).toBe(0);
        harm += state.world.public.harm[seat(state, 'rus')]!;
      }
      return harm;
    };
    expect(harmOf(1)).toBeLessThan(harmOf(0));
  });
});
