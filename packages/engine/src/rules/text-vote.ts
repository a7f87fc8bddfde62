/**
 * The vote on the whole text: states vote, weighted; the text is adopted at the scenario's
 * threshold of the yes share among those voting. A failed vote returns to negotiation while rounds
 * remain (the flow decides that).
 */
import { emit } from '../state/emit.js';
import type { GameState } from '../state/types.js';
import type { Vote, VoteSheet } from '../flow/sheets.js';
import { settlePledgesOfKind } from './talk.js';
import { carries } from './majority.js';

/** Counts the votes and records adoption or rejection. */
export function voteOnText(state: GameState, sheets: readonly (VoteSheet | null)[]): void {
  let yes = 0;
  let no = 0;
  const votes: (Vote | null)[] = [];
  for (const actor of state.actors) {
    if (actor.kind !== 'state') {
      votes.push(null);
      continue;
    }
    const vote = sheets[actor.index]?.vote ?? 'abstain';
    votes.push(vote);
    if (vote === 'yes') yes += actor.voteWeight;
    else if (vote === 'no') no += actor.voteWeight;
    emit(state, 'text-vote', { actor: actor.index, text: vote }, null);
  }
  settlePledgesOfKind(state, 'vote-yes', (p) => (sheets[p.by]?.vote ?? 'abstain') === 'yes');
  const share = yes + no > 0 ? yes / (yes + no) : 0;
  state.flow.votesHeld++;
  state.world.public.lastVoteShare = share;
  state.flow.adopted = carries(yes, no, state.scenario.rules.adoptionThreshold);
  if (state.flow.adopted) state.flow.adoptedRound = state.flow.round;
  const { step, round } = state.flow;
  state.world.public.rollCalls.push({ step: step.index, round, amendment: -1, article: -1, by: -1, from: 0, to: 0, votes, share, passed: state.flow.adopted });
  emit(state, state.flow.adopted ? 'adopted' : 'rejected', { value: share }, null);
}
