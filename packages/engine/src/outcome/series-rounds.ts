/**
 * The per-round half of a game's series (see `series.ts`): how the negotiation went, round by
 * round, read from the log and the roll calls.
 */
import { A } from '../scenario/articles.js';
import type { GameState, RollCall } from '../state/types.js';
import { round6, type SeriesQuantity, type SeriesValue } from './series-quantities.js';

/** The per-round values of the negotiation. */
export function roundSeries(state: GameState): SeriesValue[] {
  let rounds = 0;
  const tabled: number[] = [];
  const passed: number[] = [];
  for (const event of state.log) {
    if (event.phase !== 'negotiation' && event.phase !== 'vote') continue;
    rounds = Math.max(rounds, event.round);
    if (event.type === 'amendment-tabled') tabled[event.round] = (tabled[event.round] ?? 0) + 1;
    else if (event.type === 'amendment-passed') passed[event.round] = (passed[event.round] ?? 0) + 1;
  }
  const calls = state.world.public.rollCalls;
  const out: SeriesValue[] = [];
  const value = (t: number, quantity: SeriesQuantity, v: number) => out.push({ clock: 'round', t, quantity, value: round6(v) });
  for (let r = 1; r <= rounds; r++) {
    value(r, 'amendmentsTabled', tabled[r] ?? 0);
    value(r, 'amendmentsPassed', passed[r] ?? 0);
    const vote = calls.findLast((c) => c.amendment === -1 && c.round === r);
    if (vote !== undefined) value(r, 'textVoteShare', vote.share);
    value(r, 'binding', positionAfter(calls, A.binding, r, state.world.public.text[A.binding]!));
    value(r, 'contentScope', positionAfter(calls, A.content, r, state.world.public.text[A.content]!));
  }
  return out;
}

/**
 * An article's position at the end of round `r`: where the last amendment passed on it by then
 * put it, or, if none had passed yet, where the first later one found it (the final text when none
 * ever passed). Only passed amendments move the text once it is tabled.
 */
function positionAfter(calls: readonly RollCall[], article: number, r: number, final: number): number {
  let position: number | null = null;
  for (const call of calls) {
    if (call.amendment < 0 || call.article !== article || !call.passed) continue;
    if (call.round <= r) position = call.to;
    else return position ?? call.from;
  }
  return position ?? final;
}
