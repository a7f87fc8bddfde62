import { describe, expect, it } from 'vitest';
import { publicViewOf, viewFor } from '../../src/view/view.js';
import { recordTalk } from '../../src/rules/talk.js';
import { drive, freshState, loadScenario, seat, sheetsFor } from '../support/scenarios.js';

describe('viewFor', () => {
  it('projects the public record and the seat\'s own private facts, and nothing omniscient', () => {
    const state = drive(loadScenario('rsa-2017'), { seed: 5 });
    for (const a of state.actors) {
      const view = viewFor(state, a.id);
      expect(view.seat).toBe(a.index);
      expect(view.me).toBe(state.world.private[a.index]);
      expect(view.public).toBe(state.world.public);
      for (const key of ['world', 'secret', 'rng', 'log', 'history', 'flow', 'seats', 'scenario']) expect(view).not.toHaveProperty(key);
      const text = JSON.stringify(view);
      state.world.private.forEach((p, j) => {
        if (j !== a.index) expect(text.includes(JSON.stringify(p))).toBe(false);
      });
      expect([...view.public.log, ...view.me.log].some((e) => e.type === 'operation')).toBe(false);
    }
  });

  it('shows a private message to its sender and recipients only', () => {
    const state = freshState('rsa-2017');
    recordTalk(state, sheetsFor(state, { chn: { phase: 'negotiation', messages: [{ to: ['rus'], text: 'between us' }] } }));
    for (const a of state.actors) {
      const sees = JSON.stringify(viewFor(state, a.index)).includes('between us');
      expect(sees, a.id).toBe(a.index === seat(state, 'chn') || a.index === seat(state, 'rus'));
    }
  });

  it('refuses an unknown seat', () => {
    expect(() => viewFor(freshState('rsa-2017'), 'nobody')).toThrow(RangeError);
  });
});

describe('publicViewOf', () => {
  it("is every seat's view less the seat's own: no private facts at all", () => {
    const state = drive(loadScenario('rsa-2017'), { seed: 9 });
    const pub = publicViewOf(state);
    for (const key of ['seat', 'self', 'me', 'world', 'rng', 'log', 'history']) expect(pub).not.toHaveProperty(key);
    const text = JSON.stringify(pub);
    for (const p of state.world.private) expect(text.includes(JSON.stringify(p.log))).toBe(p.log.length === 0);
    for (const a of state.actors) {
      const { seat: _seat, self: _self, me: _me, ...common } = viewFor(state, a.id);
      expect(pub).toEqual(common);
    }
  });
});
