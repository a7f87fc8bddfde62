import { describe, expect, it } from 'vitest';
import { HOME_ONLY_COVER, requestBackdoors, runFirms } from '../../src/rules/firms.js';
import { recordTalk } from '../../src/rules/talk.js';
import type { OperationsSheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { firmFacts, freshState, seat, sheetsFor, stateFacts } from '../support/scenarios.js';

function year(): GameState {
  const state = freshState('rsa-2017');
  state.flow.phase = 'operations';
  state.flow.year = 1;
  return state;
}

describe('firms in the implementation years', () => {
  it('defend a foreign market better when they defend everywhere', () => {
    const cover = (defendAll: boolean) => {
      const state = year();
      const firms = state.actors.filter((a) => a.kind === 'firm').map((a) => a.id);
      const d = runFirms(state, sheetsFor<OperationsSheet>(state, Object.fromEntries(firms.map((id) => [id, { phase: 'operations', defendAll }]))));
      return d.defence[seat(state, 'bra')]!;
    };
    expect(cover(true)).toBeGreaterThan(cover(false));
    expect(cover(false)).toBeGreaterThan(0);
    expect(HOME_ONLY_COVER).toBeLessThan(1);
  });

  it('pass a backdoor request to the home firms, whose acceptance arms the home state and breaks a refusal pledge', () => {
    const state = year();
    recordTalk(state, sheetsFor(state, { huawei: { phase: 'operations', pledges: [{ kind: 'refuse-backdoors', to: [] }] } }));
    requestBackdoors(state, sheetsFor<OperationsSheet>(state, { chn: { phase: 'operations', requestBackdoor: true } }));
    expect(firmFacts(state, 'huawei').backdoorRequested).toBe(true);
    expect(firmFacts(state, 'microsoft').backdoorRequested).toBe(false);
    const request = state.log.find((e) => e.type === 'backdoor-requested')!;
    expect(request.visibleTo).toEqual([seat(state, 'chn'), seat(state, 'huawei')]);
    const d = runFirms(state, sheetsFor<OperationsSheet>(state, { huawei: { phase: 'operations', backdoor: 'accept' } }));
    expect(stateFacts(state, 'chn').backdoors).toBe(1);
    expect(firmFacts(state, 'huawei')).toMatchObject({ backdoorRequested: false, backdoorsGranted: 1 });
    expect(state.world.secret.pledges[0]!.status).toBe('broken');
    expect(d.exposure).toBeCloseTo(1 + state.scenario.rules.backdoorExposure, 12);
  });

  it('a refusal keeps the pledge open until the end (kept then)', () => {
    const state = year();
    recordTalk(state, sheetsFor(state, { microsoft: { phase: 'operations', pledges: [{ kind: 'refuse-backdoors', to: [] }] } }));
    requestBackdoors(state, sheetsFor<OperationsSheet>(state, { usa: { phase: 'operations', requestBackdoor: true } }));
    runFirms(state, sheetsFor<OperationsSheet>(state, { microsoft: { phase: 'operations', backdoor: 'refuse' } }));
    expect(stateFacts(state, 'usa').backdoors).toBe(0);
    expect(state.world.secret.pledges[0]!.status).toBe('open');
    expect(state.log.some((e) => e.type === 'backdoor-refused')).toBe(true);
  });
});
