import { describe, expect, it } from 'vitest';
import { viewFor } from '../../src/view/view.js';
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
