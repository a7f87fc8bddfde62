import { describe, expect, it } from 'vitest';
import { hasOpenPledges, recordTalk, settlePledges } from '../../src/rules/talk.js';
import { viewFor } from '../../src/view/view.js';
import type { GameState } from '../../src/state/types.js';
import { freshState, seat, sheetsFor } from '../support/scenarios.js';

function talking(): GameState {
  const state = freshState('rsa-2017');
  state.flow.phase = 'negotiation';
  state.flow.round = 1;
  recordTalk(state, sheetsFor(state, {
    usa: { phase: 'negotiation', messages: [{ to: ['gbr', 'fra'], text: 'five eyes only' }, { to: [], text: 'we support voluntary norms' }] },
    rus: { phase: 'negotiation', pledges: [{ kind: 'no-operations', to: ['chn'], target: 'chn' }, { kind: 'sign', to: [] }] },
  }));
  return state;
}

describe('messages', () => {
  it('are seen by their sender and recipients only; a public statement by everyone', () => {
    const state = talking();
    const [usa, gbr, fra] = [seat(state, 'usa'), seat(state, 'gbr'), seat(state, 'fra')];
    state.actors.forEach((a) => {
      const view = viewFor(state, a.index);
      const text = JSON.stringify(view);
      const insider = [usa, gbr, fra].includes(a.index);
      expect(text.includes('five eyes only'), a.id).toBe(insider);
      expect(text.includes('we support voluntary norms'), a.id).toBe(true);
      expect(view.me.inbox.length).toBe(insider ? 1 : 0);
    });
    expect(state.world.public.statements.map((m) => m.text)).toEqual(['we support voluntary norms']);
    const message = state.log.find((e) => e.type === 'message')!;
    expect(message.visibleTo).toEqual([usa, gbr, fra]);
    expect(state.world.public.log.some((e) => e.type === 'message')).toBe(false);
  });
});

describe('pledges', () => {
  it('are private to the pledger and its addressees, or public when addressed to no one', () => {
    const state = talking();
    const [rus, chn] = [seat(state, 'rus'), seat(state, 'chn')];
    for (const a of state.actors) {
      const mine = state.world.private[a.index]!.pledges;
      expect(mine.length, a.id).toBe(a.index === rus || a.index === chn ? 1 : 0);
    }
    expect(state.world.public.pledges.map((p) => p.kind)).toEqual(['sign']);
    expect(state.world.secret.pledges).toHaveLength(2);
    expect(state.world.tally.pledgesMade).toBe(2);
    expect(hasOpenPledges(state)).toBe(true);
  });

  it('are marked kept or broken everywhere at once, and only once', () => {
    const state = talking();
    const [rus, chn] = [seat(state, 'rus'), seat(state, 'chn')];
    settlePledges(state, rus, 'no-operations', () => false);
    settlePledges(state, rus, 'no-operations', () => true); // already settled: no change
    settlePledges(state, rus, 'sign', () => true);
    expect(state.world.secret.pledges.map((p) => p.status)).toEqual(['broken', 'kept']);
    expect(state.world.private[chn]!.pledges[0]!.status).toBe('broken');
    expect(state.world.private[rus]!.pledges[0]!.status).toBe('broken');
    expect(state.world.public.pledges[0]!.status).toBe('kept');
    expect(state.world.tally).toMatchObject({ pledgesMade: 2, pledgesKept: 1, pledgesBroken: 1 });
    expect(hasOpenPledges(state)).toBe(false);
    const broken = state.log.find((e) => e.type === 'pledge-broken')!;
    expect(broken.visibleTo).toEqual([rus, chn]);
    expect(state.log.find((e) => e.type === 'pledge-kept')!.visibleTo).toBeNull();
  });

  it('leave a pledge open when the verdict is not yet known (null)', () => {
    const state = talking();
    settlePledges(state, seat(state, 'rus'), 'no-operations', () => null);
    expect(state.world.secret.pledges[0]!.status).toBe('open');
  });
});
