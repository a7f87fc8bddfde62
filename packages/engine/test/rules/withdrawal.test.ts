import { describe, expect, it } from 'vitest';
import { checkLapse, withdraw } from '../../src/rules/withdrawal.js';
import { checkEntryIntoForce } from '../../src/rules/ratification.js';
import type { OperationsSheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { drive, freshState, loadScenario, seat, sheetsFor } from '../support/scenarios.js';

/** rsa-2017 in force among exactly seven parties (the quorum is six). */
function inForce(): GameState {
  const state = freshState('rsa-2017');
  for (const id of ['usa', 'gbr', 'fra', 'deu', 'jpn', 'aus', 'bra']) {
    state.world.public.signed[seat(state, id)] = true;
    state.world.public.ratified[seat(state, id)] = true;
  }
  checkEntryIntoForce(state);
  state.flow.phase = 'operations';
  state.flow.year = 2;
  expect(state.flow).toMatchObject({ inForce: true, bodyActive: true });
  return state;
}

const leave = (state: GameState, ids: string[]) =>
  withdraw(state, sheetsFor<OperationsSheet>(state, Object.fromEntries(ids.map((id) => [id, { phase: 'operations', withdraw: true }]))));

describe('withdrawal and lapse', () => {
  it('records a withdrawal publicly and keeps the convention while the quorum holds', () => {
    const state = inForce();
    leave(state, ['bra']);
    expect(state.world.public.withdrawn[seat(state, 'bra')]).toBe(true);
    expect(state.world.tally.withdrawals).toBe(1);
    expect(state.flow.inForce).toBe(true);
    expect(state.log.filter((e) => e.type === 'withdrawal').map((e) => e.actor)).toEqual([seat(state, 'bra')]);
  });

  it('lets the convention and its attribution body lapse when the parties left fall below the quorum', () => {
    const state = inForce();
    leave(state, ['bra', 'jpn']);
    expect(state.flow).toMatchObject({ inForce: false, bodyActive: false });
    expect(state.log.filter((e) => e.type === 'lapsed')).toHaveLength(1);
    checkLapse(state); // once only
    expect(state.log.filter((e) => e.type === 'lapsed')).toHaveLength(1);
  });

  it('lapses when the capability share falls below the quorum, even with enough parties', () => {
    const state = inForce();
    leave(state, ['usa']); // 6 parties left, but the US carried most of the capability
    const total = state.actors.filter((a) => a.kind === 'state').reduce((s, a) => s + a.capability, 0);
    const left = ['gbr', 'fra', 'deu', 'jpn', 'aus', 'bra'].reduce((s, id) => s + state.actors[seat(state, id)]!.capability, 0);
    expect(state.flow.inForce).toBe(left / total >= state.scenario.rules.entryIntoForce.capabilityShare);
  });

  it('happens in real games (voluntary-norms, 40 seeds), and a lapsed convention stays lapsed', () => {
    const scenario = loadScenario('voluntary-norms');
    let lapses = 0;
    for (let seed = 0; seed < 40; seed++) {
      let lapsed = false;
      drive(scenario, {
        seed,
        onStep: (s) => {
          if (lapsed) expect(s.flow.inForce).toBe(false);
          if (s.log.some((e) => e.type === 'lapsed')) lapsed = true;
        },
      });
      if (lapsed) lapses++;
    }
    expect(lapses).toBeGreaterThan(0);
  });
});
