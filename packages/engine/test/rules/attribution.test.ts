import { describe, expect, it } from 'vitest';
import { publishAttributions } from '../../src/rules/attribution.js';
import type { BlameSheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { freshState, seat, sheetsFor, stateFacts } from '../support/scenarios.js';

/** A state after rus attacked usa (incident 0) and chn attacked fra (incident 1), both detected. */
function afterAttacks(): GameState {
  const state = freshState('rsa-2017');
  state.flow.phase = 'blame';
  state.flow.year = 1;
  const add = (attacker: string, target: string) => {
    const id = state.world.public.incidents.length;
    state.world.public.incidents.push({ id, year: 1, target: seat(state, target), harm: 0.1, accused: -1, bodyNamed: -1, bodyConfidence: 0, answer: 'none', revealedAttacker: -1, source: 'operation' });
    state.world.secret.attackerOf.push(seat(state, attacker));
    const detection = { incident: id, year: 1, suspect: seat(state, attacker), confidence: 0.8 };
    stateFacts(state, target).detections.push(detection);
    stateFacts(state, target).toBlame.push(detection);
  };
  add('rus', 'usa');
  add('chn', 'fra');
  return state;
}

describe('public attribution', () => {
  it('makes a victim\'s blame public, scores it against the truth and puts the accusation to the accused', () => {
    const state = afterAttacks();
    publishAttributions(state, sheetsFor<BlameSheet>(state, { usa: { phase: 'blame', blame: ['rus'] }, fra: { phase: 'blame', blame: ['irn'] } }));
    const { incidents } = state.world.public;
    expect(incidents.map((i) => i.accused)).toEqual([seat(state, 'rus'), seat(state, 'irn')]);
    expect(state.world.tally).toMatchObject({ attributionsCorrect: 1, attributionsFalse: 1 });
    expect(stateFacts(state, 'rus').accusations).toEqual([{ incident: 0, by: seat(state, 'usa') }]);
    expect(stateFacts(state, 'irn').accusations).toEqual([{ incident: 1, by: seat(state, 'fra') }]);
    expect(stateFacts(state, 'usa').toBlame).toEqual([]);
    const accused = state.log.filter((e) => e.type === 'accused');
    expect(accused.map((e) => [e.actor, e.other, e.value])).toEqual([[seat(state, 'usa'), seat(state, 'rus'), 0], [seat(state, 'fra'), seat(state, 'irn'), 1]]);
    expect(accused.every((e) => e.visibleTo === null)).toBe(true);
  });

  it('stays silent when the victim blames no one (null or an absent sheet)', () => {
    const state = afterAttacks();
    publishAttributions(state, sheetsFor<BlameSheet>(state, { usa: { phase: 'blame', blame: [null] } }));
    expect(state.world.public.incidents.every((i) => i.accused === -1)).toBe(true);
    expect(state.world.tally.attributionsCorrect + state.world.tally.attributionsFalse).toBe(0);
    expect(state.log.some((e) => e.type === 'accused')).toBe(false);
  });

  it('publishes the body\'s findings: a named state is accused by the body (-1), an unnamed finding says so', () => {
    const state = afterAttacks();
    state.world.secret.bodyFindings.push({ incident: 0, named: seat(state, 'rus'), confidence: 0.9 }, { incident: 1, named: -1, confidence: 0 });
    publishAttributions(state, sheetsFor<BlameSheet>(state, {}));
    expect(state.world.public.incidents[0]).toMatchObject({ bodyNamed: seat(state, 'rus'), bodyConfidence: 0.9, accused: -1 });
    expect(stateFacts(state, 'rus').accusations).toEqual([{ incident: 0, by: -1 }]);
    expect(state.world.tally.attributionsCorrect).toBe(1);
    const findings = state.log.filter((e) => e.type === 'body-finding');
    expect(findings.map((e) => e.other)).toEqual([seat(state, 'rus'), -1]);
    expect(state.world.secret.bodyFindings).toEqual([]);
  });
});
