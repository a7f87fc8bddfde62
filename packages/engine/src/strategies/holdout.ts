/**
 * Holding out at an early vote on the text: a state that likes the text may still vote it down while
 * its own amendment, tabled this round, is pending — adopting the text now drops that amendment
 * unvoted (model.md §4), and a later vote on the text is still to come. Bargainers hold out for better
 * terms while the deadline is ahead and settle at it (the deadline effect: Roth, Murnighan & Schoumaker
 * 1988; Fearon 1998: the more an agreement binds for long, the more its terms are worth fighting over).
 */
import { estimatedPreferences } from '../rules/participation.js';
import { treatySurplus } from '../rules/utility.js';
import { clamp01 } from '../rules/math.js';
import type { Request } from '../flow/requests.js';
import type { VoteSheet } from '../flow/sheets.js';
import { ARTICLES } from '../scenario/articles.js';
import type { Amendment, StatePrivate } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';
import { amendmentAppraiser, boundInView } from './estimates.js';
import { carries } from '../rules/majority.js';
import { VOTE_MARGIN, voteByValue } from './tactics.js';

/**
 * The least gain in surplus from its own pending amendment for which a state holds out: ten times the
 * margin by which a bot votes on an amendment, so that only an amendment it cares about is worth
 * the risk of a later vote.
 */
export const HOLDOUT_GAIN = 10 * VOTE_MARGIN;

/**
 * The amendment for which the viewing state votes against a text it may like, or null: its own
 * pending amendment, when another vote on the text is still to come, the amendment would raise its
 * surplus by more than {@link HOLDOUT_GAIN}, and the table's estimates of the states' preferences
 * say it would pass.
 */
export function heldOutFor(view: View, me: DeepReadonly<StatePrivate>): DeepReadonly<Amendment> | null {
  if (view.round >= view.rules.rounds) return null;
  const appraise = amendmentAppraiser(view, me);
  for (const p of view.public.pending) {
    if (p.by !== view.seat || appraise(p.article, p.delta) <= HOLDOUT_GAIN) continue;
    if (expectedToPass(view, me, p.article, p.delta)) return p;
  }
  return null;
}

/**
 * The vote sheet of a state holding out: no, with a public statement of why, so that the table (and a
 * class reading the record) sees a bargaining move, not a change of heart.
 */
export function holdoutSheet(view: View, request: Request, held: DeepReadonly<Amendment>): VoteSheet {
  if (!request.slots.messages) return { phase: 'vote', vote: 'no' };
  const article = view.articles[ARTICLES[held.article]!].title;
  const way = held.delta > 0 ? 'strengthen' : 'weaken';
  const text = `We vote against the text for now: our amendment to ${way} ‘${article}’ is still pending, and we expect the table to pass it. We will vote again when the text next comes to a vote.`;
  return { phase: 'vote', vote: 'no', messages: [{ to: [], text }] };
}

/**
 * Whether an amendment passes if every other state votes by its estimated preferences (the public
 * estimates, the viewer's own belief in the attribution body) and the viewer votes yes.
 */
function expectedToPass(view: View, me: DeepReadonly<StatePrivate>, article: number, delta: number): boolean {
  const pub = view.public;
  const text = pub.text;
  const moved = text.slice();
  moved[article] = clamp01(text[article]! + delta);
  const bound = boundInView(view);
  let yes = 0;
  let no = 0;
  for (const a of view.actors) {
    if (a.kind !== 'state') continue;
    const estimate = pub.estimates[a.index];
    if (a.index === view.seat || !estimate) {
      if (a.index === view.seat) yes += a.voteWeight;
      continue;
    }
    const p = estimatedPreferences(estimate, a, me);
    const value = treatySurplus(p, a.exposure, moved, bound, view.rules) - treatySurplus(p, a.exposure, text, bound, view.rules);
    const vote = voteByValue(value);
    if (vote === 'yes') yes += a.voteWeight;
    else if (vote === 'no') no += a.voteWeight;
  }
  return carries(yes, no, view.rules.amendmentMajority);
}
