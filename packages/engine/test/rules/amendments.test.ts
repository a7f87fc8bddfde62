import { describe, expect, it } from 'vitest';
import { tableAmendments, votePendingAmendments } from '../../src/rules/amendments.js';
import { A } from '../../src/scenario/articles.js';
import type { NegotiationSheet, Vote } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { freshState, loadScenario, seat, sheetsFor } from '../support/scenarios.js';

function negotiating(seed = 'amend', edit?: (s: ReturnType<typeof loadScenario>) => void): GameState {
  const scenario = loadScenario('rsa-2017');
  edit?.(scenario);
  const state = freshState(scenario, seed);
  state.flow.phase = 'negotiation';
  state.flow.round = 1;
  return state;
}

const amend = (article: NegotiationSheet['amend']): NegotiationSheet => ({ phase: 'negotiation', amend: article });

describe('tabling amendments', () => {
  it('admits one amendment per article; a collision is settled by a seeded draw among the seats that tabled', () => {
    const chosen = new Set<string>();
    for (let s = 0; s < 20; s++) {
      const state = negotiating(`collide-${s}`);
      const sheets = sheetsFor(state, {
        usa: amend({ article: 'binding', direction: -1 }),
        fra: amend({ article: 'binding', direction: 1 }),
        bra: amend({ article: 'targets', direction: 1 }),
      });
      tableAmendments(state, sheets);
      const pending = state.world.public.pending;
      expect(pending.map((a) => a.article)).toEqual([A.targets, A.binding]); // article order, one each
      const binding = pending[1]!;
      expect([seat(state, 'usa'), seat(state, 'fra')]).toContain(binding.by);
      expect(binding.delta).toBeCloseTo(binding.by === seat(state, 'usa') ? -0.1 : 0.1, 12);
      const withdrawn = state.log.filter((e) => e.type === 'amendment-withdrawn');
      expect(withdrawn).toHaveLength(1);
      expect(withdrawn[0]!.actor).toBe(binding.by === seat(state, 'usa') ? seat(state, 'fra') : seat(state, 'usa'));
      chosen.add(state.actors[binding.by]!.id);
      expect(pending.map((a) => a.id)).toEqual([0, 1]);
      expect(state.flow.amendmentsTabled).toBe(2);
    }
    expect([...chosen].sort()).toEqual(['fra', 'usa']); // the draw is not a fixed priority
  });

  it('draws the same winner for the same seed, whatever object the sheets arrive in', () => {
    const run = () => {
      const state = negotiating('same');
      tableAmendments(state, sheetsFor(state, {
        fra: amend({ article: 'content', direction: -1 }),
        usa: amend({ article: 'content', direction: -1 }),
        chn: amend({ article: 'content', direction: 1 }),
      }));
      return JSON.stringify(state.world.public.pending);
    };
    expect(run()).toBe(run());
  });

  it('does not admit an amendment that would not move the article (already at its bound)', () => {
    const state = negotiating();
    state.world.public.text[A.binding] = 1;
    tableAmendments(state, sheetsFor(state, { fra: amend({ article: 'binding', direction: 1 }) }));
    expect(state.world.public.pending).toEqual([]);
  });
});

describe('voting on amendments', () => {
  function vote(state: GameState, votes: Record<string, Vote>): void {
    state.world.public.pending = [{ id: 0, by: seat(state, 'fra'), article: A.binding, delta: 0.1, round: 1 }];
    const sheets = sheetsFor(state, Object.fromEntries(Object.entries(votes).map(([id, v]) => [id, { phase: 'negotiation' as const, votes: [v] }])));
    votePendingAmendments(state, sheets);
  }

  it('passes with the weighted majority of yes among yes and no, abstentions aside, and moves the article one step', () => {
    const state = negotiating();
    const before = state.world.public.text[A.binding]!;
    vote(state, { usa: 'yes', gbr: 'yes', fra: 'no', deu: 'abstain', microsoft: 'no' });
    expect(state.world.public.text[A.binding]).toBeCloseTo(before + 0.1, 12);
    const event = state.log.find((e) => e.type === 'amendment-passed')!;
    expect(Number(event.text)).toBeCloseTo(2 / 3, 3);
    expect(state.world.public.pending).toEqual([]);
  });

  it('fails below the majority, on a tie below a majority above one half, and when nobody votes yes', () => {
    const fails = (votes: Record<string, Vote>, majority = 0.5) => {
      const state = negotiating('v', (s) => (s.rules.amendmentMajority = majority));
      const before = state.world.public.text[A.binding];
      vote(state, votes);
      return state.world.public.text[A.binding] === before && state.log.some((e) => e.type === 'amendment-failed');
    };
    expect(fails({ usa: 'yes', rus: 'no', chn: 'no' })).toBe(true);
    expect(fails({ usa: 'yes', rus: 'no' }, 0.6)).toBe(true);
    expect(fails({ usa: 'yes', rus: 'no' }, 0.5)).toBe(false); // exactly at the majority passes
    expect(fails({})).toBe(true);
    expect(fails({ usa: 'abstain' })).toBe(true);
  });

  it('weighs votes by the states\' vote weights (EU others weighs 2); firms and civil society have no vote', () => {
    const weighted = negotiating();
    vote(weighted, { eux: 'yes', rus: 'no', chn: 'no' });
    expect(weighted.log.some((e) => e.type === 'amendment-passed')).toBe(true); // 2 against 2 at majority 0.5
    const outvoted = negotiating();
    vote(outvoted, { eux: 'yes', rus: 'no', chn: 'no', irn: 'no' });
    expect(outvoted.log.some((e) => e.type === 'amendment-failed')).toBe(true);
    const state = negotiating('w', (s) => {
      const usa = s.actors['usa'];
      if (usa?.kind === 'state') usa.voteWeight = 3;
    });
    vote(state, { usa: 'yes', rus: 'no', chn: 'no', microsoft: 'no', accessnow: 'no' });
    expect(state.log.some((e) => e.type === 'amendment-passed')).toBe(true); // 3 against 2
  });

  it('clamps the article to [0, 1]', () => {
    const state = negotiating();
    state.world.public.text[A.binding] = 0.95;
    vote(state, { usa: 'yes' });
    expect(state.world.public.text[A.binding]).toBe(1);
  });
});

describe('what a seat is told of its amendment and of the vote', () => {
  it('tells a seat privately when its amendment is not tabled because the article is at its limit', () => {
    const state = negotiating('bound');
    state.world.public.text[A.binding] = 1;
    tableAmendments(state, sheetsFor(state, { usa: amend({ article: 'binding', direction: 1 }) }));
    expect(state.world.public.pending).toEqual([]);
    const told = state.world.private[seat(state, 'usa')]!.log.filter((e) => e.type === 'amendment-withdrawn');
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toBe('bound');
    expect(state.world.public.log.some((e) => e.type === 'amendment-withdrawn')).toBe(false);
  });

  it('names the amendment that won the draw in the loser\'s withdrawal', () => {
    const state = negotiating('draw-name');
    tableAmendments(state, sheetsFor(state, { usa: amend({ article: 'binding', direction: -1 }), fra: amend({ article: 'binding', direction: 1 }) }));
    const withdrawn = state.world.public.log.find((e) => e.type === 'amendment-withdrawn')!;
    expect(withdrawn.text).toBe('draw');
    expect(withdrawn.other).toBe(state.world.public.pending[0]!.id);
  });

  it('records a public roll call of every state\'s vote on each amendment, and the article\'s move', () => {
    const state = negotiating('roll-call');
    tableAmendments(state, sheetsFor(state, { usa: amend({ article: 'binding', direction: -1 }) }));
    const before = state.world.public.text[A.binding]!;
    const votes = (v: Vote): NegotiationSheet => ({ phase: 'negotiation', votes: [v] });
    const sheets = sheetsFor(state, Object.fromEntries(state.actors.filter((a) => a.kind === 'state').map((a) => [a.id, votes(a.id === 'rus' ? 'no' : 'yes')])));
    votePendingAmendments(state, sheets);
    const [call] = state.world.public.rollCalls;
    expect(call).toMatchObject({ amendment: 0, article: A.binding, by: seat(state, 'usa'), passed: true, from: before });
    expect(call!.to).toBeCloseTo(before - 0.1, 12);
    expect(call!.votes[seat(state, 'rus')]).toBe('no');
    expect(call!.votes[seat(state, 'usa')]).toBe('yes');
    // Firms and civil society have no vote.
    expect(call!.votes[state.actors.findIndex((a) => a.kind === 'firm')]).toBeNull();
  });
});
