import { describe, expect, it } from 'vitest';
import { COALITION_TRUST_GAIN, moveCoalitions } from '../../src/rules/coalitions.js';
import type { NegotiationSheet } from '../../src/flow/sheets.js';
import { freshState, seat, sheetsFor } from '../support/scenarios.js';

describe('coalitions', () => {
  it('are public, and members build trust in each other round by round', () => {
    const state = freshState('rsa-2017');
    state.flow.phase = 'negotiation';
    const [rus, chn, usa] = [seat(state, 'rus'), seat(state, 'chn'), seat(state, 'usa')];
    const before = [state.world.private[rus]!.trust[chn]!, state.world.private[rus]!.trust[usa]!];
    moveCoalitions(state, sheetsFor<NegotiationSheet>(state, {
      rus: { phase: 'negotiation', coalition: 'sovereignty' },
      chn: { phase: 'negotiation', coalition: 'sovereignty' },
      usa: { phase: 'negotiation', coalition: 'friends' },
      microsoft: { phase: 'negotiation', coalition: 'friends' } as NegotiationSheet,
    }));
    expect(state.world.public.coalition[rus]).toBe('sovereignty');
    expect(state.world.public.coalition[seat(state, 'microsoft')]).toBeNull();
    expect(state.world.private[rus]!.trust[chn]).toBeCloseTo(Math.min(1, before[0]! + COALITION_TRUST_GAIN), 12);
    expect(state.world.private[rus]!.trust[usa]).toBe(before[1]);
    expect(state.log.filter((e) => e.type === 'coalition')).toHaveLength(3);
  });
});
