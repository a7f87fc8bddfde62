import { describe, expect, it } from 'vitest';
import { voteOnText } from '../../src/rules/text-vote.js';
import type { Vote, VoteSheet } from '../../src/flow/sheets.js';
import type { GameState } from '../../src/state/types.js';
import { freshState, loadScenario, sheetsFor } from '../support/scenarios.js';

function voting(threshold?: number): GameState {
  const scenario = loadScenario('rsa-2017');
  if (threshold !== undefined) scenario.rules.adoptionThreshold = threshold;
  const state = freshState(scenario);
  state.flow.phase = 'vote';
  state.flow.round = 6;
  return state;
}

function cast(state: GameState, votes: Record<string, Vote>): void {
  voteOnText(state, sheetsFor<VoteSheet>(state, Object.fromEntries(Object.entries(votes).map(([id, vote]) => [id, { phase: 'vote', vote }]))));
}

describe('the vote on the text', () => {
  it('adopts at the threshold of the weighted yes share among those voting', () => {
    const state = voting(0.667);
    // yes: usa, gbr, fra, deu (4) + eux (2) = 6; no: rus, chn, irn (3) → 6/9 < 0.667
    cast(state, { usa: 'yes', gbr: 'yes', fra: 'yes', deu: 'yes', eux: 'yes', rus: 'no', chn: 'no', irn: 'no', ind: 'abstain' });
    expect(state.flow.adopted).toBe(false);
    expect(state.world.public.lastVoteShare).toBeCloseTo(6 / 9, 12);
    expect(state.log.at(-1)!.type).toBe('rejected');

    const again = voting(0.667);
    cast(again, { usa: 'yes', gbr: 'yes', fra: 'yes', deu: 'yes', eux: 'yes', jpn: 'yes', rus: 'no', chn: 'no', irn: 'no' });
    expect(again.flow.adopted).toBe(true); // 7/10
    expect(again.flow.adoptedRound).toBe(6);
    expect(again.log.at(-1)).toMatchObject({ type: 'adopted', value: 0.7 });
  });

  it('adopts exactly at the threshold, never without a yes vote, and counts votes held', () => {
    const exact = voting(0.5);
    cast(exact, { usa: 'yes', rus: 'no' });
    expect(exact.flow.adopted).toBe(true);
    const silent = voting(0);
    cast(silent, {});
    expect(silent.flow.adopted).toBe(false);
    expect(silent.flow.votesHeld).toBe(1);
    expect(silent.world.public.lastVoteShare).toBe(0);
  });

  it('records every state\'s vote publicly (abstention by default) and ignores firms and civil society', () => {
    const state = voting();
    cast(state, { usa: 'yes', microsoft: 'no' });
    const votes = state.log.filter((e) => e.type === 'text-vote');
    expect(votes).toHaveLength(state.actors.filter((a) => a.kind === 'state').length);
    expect(votes.every((e) => e.visibleTo === null)).toBe(true);
    expect(votes.filter((e) => e.text === 'yes')).toHaveLength(1);
    expect(state.flow.adopted).toBe(true); // usa alone, yes share 1
  });
});
