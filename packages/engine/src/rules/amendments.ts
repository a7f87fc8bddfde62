/**
 * Amendments: tabled in one round, voted on in the next by the states (weighted), applied when
 * they pass. Collisions: at most one amendment per article is admitted each round; when several
 * seats table one on the same article, a seeded draw picks the one admitted (documented rule, so the
 * result depends on the set of sheets, never on their arrival order).
 */
import { ARTICLE_INDEX } from '../scenario/articles.js';
import { nextInt } from '../rng/alea.js';
import { emit } from '../state/emit.js';
import type { Amendment, GameState } from '../state/types.js';
import type { NegotiationSheet, Vote } from '../flow/sheets.js';
import { clamp01 } from './math.js';
import { carries } from './majority.js';

/** Votes on the pending amendments (sheets in seat order), applies those that pass, and records each roll call. */
export function votePendingAmendments(state: GameState, sheets: readonly (NegotiationSheet | null)[]): void {
  const pub = state.world.public;
  const { amendmentMajority } = state.scenario.rules;
  pub.pending.forEach((amendment, k) => {
    let yes = 0;
    let no = 0;
    const votes: (Vote | null)[] = [];
    for (const actor of state.actors) {
      if (actor.kind !== 'state') {
        votes.push(null);
        continue;
      }
      const vote = sheets[actor.index]?.votes?.[k] ?? 'abstain';
      votes.push(vote);
      if (vote === 'yes') yes += actor.voteWeight;
      else if (vote === 'no') no += actor.voteWeight;
    }
    const share = yes + no > 0 ? yes / (yes + no) : 0;
    const passed = carries(yes, no, amendmentMajority);
    const from = pub.text[amendment.article]!;
    const to = clamp01(from + amendment.delta);
    if (passed) pub.text[amendment.article] = to;
    pub.rollCalls.push({ step: state.flow.step.index, round: state.flow.round, amendment: amendment.id, article: amendment.article, by: amendment.by, from, to, votes, share, passed });
    emit(state, passed ? 'amendment-passed' : 'amendment-failed', { actor: amendment.by, other: amendment.id, value: amendment.article, text: share.toFixed(3) }, null);
  });
  pub.pending = [];
}

/** Admits this round's amendments (one per article), which become pending for the next round. */
export function tableAmendments(state: GameState, sheets: readonly (NegotiationSheet | null)[]): void {
  const pub = state.world.public;
  const step = state.scenario.rules.amendmentStep;
  // The seats tabling on each article, by article index (articles in order, seats in seat order).
  const byArticle: number[][] = [];
  for (let a = 0; a < pub.text.length; a++) byArticle.push([]);
  sheets.forEach((sheet, seat) => {
    const order = sheet?.amend;
    if (!order) return;
    const article = ARTICLE_INDEX[order.article];
    const after = clamp01(pub.text[article]! + order.direction * step);
    if (after === pub.text[article]) {
      // Already at the bound: nothing to amend. The seat is told; nobody else saw it tabled.
      emit(state, 'amendment-withdrawn', { actor: seat, value: article, text: 'bound' }, [seat]);
      return;
    }
    byArticle[article]!.push(seat);
  });
  for (let article = 0; article < byArticle.length; article++) {
    const seats = byArticle[article]!;
    if (seats.length === 0) continue;
    const chosen = seats.length === 1 ? seats[0]! : seats[nextInt(state.rng, seats.length)]!;
    const direction = sheets[chosen]!.amend!.direction;
    const amendment: Amendment = { id: state.flow.amendmentsTabled++, by: chosen, article, delta: direction * step, round: state.flow.round };
    pub.pending.push(amendment);
    emit(state, 'amendment-tabled', { actor: chosen, other: amendment.id, value: article, text: direction > 0 ? '+' : '-' }, null);
    for (const seat of seats) if (seat !== chosen) emit(state, 'amendment-withdrawn', { actor: seat, other: amendment.id, value: article, text: 'draw' }, null);
  }
}
