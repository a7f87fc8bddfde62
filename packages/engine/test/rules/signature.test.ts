import { describe, expect, it } from 'vitest';
import { sign } from '../../src/rules/signature.js';
import { recordTalk } from '../../src/rules/talk.js';
import type { SignatureSheet } from '../../src/flow/sheets.js';
import { freshState, seat, sheetsFor } from '../support/scenarios.js';

describe('signature', () => {
  it('records the signatures of the states that sign, and of no one else', () => {
    const state = freshState('rsa-2017');
    state.flow.phase = 'signature';
    state.flow.adopted = true;
    sign(state, sheetsFor<SignatureSheet>(state, { fra: { phase: 'signature', sign: true }, usa: { phase: 'signature', sign: false }, deu: { phase: 'signature' } }));
    expect(state.actors.filter((a) => state.world.public.signed[a.index]).map((a) => a.id)).toEqual(['fra']);
    expect(state.log.filter((e) => e.type === 'signed').map((e) => e.actor)).toEqual([seat(state, 'fra')]);
  });

  it('settles pledges to sign, and breaks a pledge to ratify by not signing', () => {
    const state = freshState('rsa-2017');
    state.flow.phase = 'vote';
    recordTalk(state, sheetsFor(state, {
      fra: { phase: 'vote', pledges: [{ kind: 'sign', to: [] }] },
      deu: { phase: 'vote', pledges: [{ kind: 'sign', to: ['fra'] }] },
      usa: { phase: 'vote', pledges: [{ kind: 'ratify', to: [] }] },
    }));
    state.flow.phase = 'signature';
    sign(state, sheetsFor<SignatureSheet>(state, { fra: { phase: 'signature', sign: true } }));
    const status = (id: string) => state.world.secret.pledges.filter((p) => p.by === seat(state, id)).map((p) => p.status);
    expect(status('fra')).toEqual(['kept']);
    expect(status('deu')).toEqual(['broken']);
    expect(status('usa')).toEqual(['broken']);
    expect(state.world.tally).toMatchObject({ pledgesMade: 3, pledgesKept: 1, pledgesBroken: 2 });
    // The copies seats hold follow the canonical status.
    expect(state.world.private[seat(state, 'fra')]!.pledges.find((p) => p.by === seat(state, 'deu'))!.status).toBe('broken');
    expect(state.world.public.pledges.map((p) => [state.actors[p.by]!.id, p.status])).toEqual([['usa', 'broken'], ['fra', 'kept']]); // seat order
  });
});
