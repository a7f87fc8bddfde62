/**
 * Building blocks the built-in bots share: voting by utility, amending toward the ideal, choosing
 * operations by expected value, blaming one's own suspect. Each reads only the view and request.
 */
import type { Request } from '../flow/requests.js';
import type { AmendOrder, Mutable, NegotiationSheet, OperationsSheet, Sheet, Vote } from '../flow/sheets.js';
import { ARTICLES } from '../scenario/articles.js';
import type { Coalition, StatePrivate } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';
import { amendmentAppraiser, amendmentTable, isPartyInView, joiningCeiling, operationValuer, ratificationSurplus, surplusOf } from './estimates.js';

type Me = DeepReadonly<StatePrivate>;

/** A state's negotiation sheet: amend toward its ideal, vote by value, choose a coalition. */
export function stateNegotiation(
  view: View,
  me: Me,
  request: Request,
  coalition: Coalition | null,
  bias: (article: number) => number = () => 0,
): Mutable<NegotiationSheet> {
  // One table of the 16 one-step amendments serves both tabling and voting (pending amendments are
  // such steps); written as plain loops: this runs for every state every round.
  const table = amendmentTable(view, me);
  const step = view.rules.amendmentStep;
  let amend: AmendOrder | null = null;
  let bestValue = 1e-6;
  for (let a = 0; a < ARTICLES.length; a++) {
    const tilt = bias(a);
    const up = table[2 * a]! + tilt;
    const down = table[2 * a + 1]! - tilt;
    if (up > bestValue) {
      bestValue = up;
      amend = { article: ARTICLES[a]!, direction: 1 };
    }
    if (down > bestValue) {
      bestValue = down;
      amend = { article: ARTICLES[a]!, direction: -1 };
    }
  }
  const votes: Vote[] = [];
  const items = request.slots.votes?.items.length ?? 0;
  for (let k = 0; k < items; k++) {
    const p = view.public.pending[k]!;
    const oneStep = Math.abs(Math.abs(p.delta) - step) < 1e-12;
    const value = (oneStep ? table[2 * p.article + (p.delta > 0 ? 0 : 1)]! : amendmentAppraiser(view, me)(p.article, p.delta)) + Math.sign(p.delta) * bias(p.article);
    votes.push(voteByValue(value));
  }
  return { phase: 'negotiation', amend, votes, coalition };
}

/** The least change in surplus for which a state bot votes for or against an amendment. */
export const VOTE_MARGIN = 0.002;

/** A state bot's vote on an amendment worth `value` (the change in its surplus) to it. */
export function voteByValue(value: number): Vote {
  return value > VOTE_MARGIN ? 'yes' : value < -VOTE_MARGIN ? 'no' : 'abstain';
}

/** Picks up to the allowed number of targets whose expected value exceeds `threshold`. */
export function chooseTargets(view: View, me: Me, request: Request, threshold: number): string[] {
  const slot = request.slots.targets;
  if (!slot || slot.max === 0) return [];
  const value = operationValuer(view, me);
  // The best `max` targets above the threshold, best first (ties by id), kept by insertion: `max`
  // is a handful, and this runs for every state every year.
  const ids: string[] = [];
  const values: number[] = [];
  // The engine lists the options in seat order: walk them alongside the actors, searching only out
  // of step (an `includes` per actor was ~2% of a batch).
  let next = 0;
  for (const a of view.actors) {
    if (a.kind !== 'state') continue;
    if (slot.options[next] === a.id) next++;
    else if (!slot.options.includes(a.id)) continue;
    const v = value(a.index);
    if (v <= threshold) continue;
    let k = ids.length;
    while (k > 0 && (values[k - 1]! < v || (values[k - 1] === v && ids[k - 1]! > a.id))) k--;
    if (k >= slot.max) continue;
    ids.splice(k, 0, a.id);
    values.splice(k, 0, v);
    if (ids.length > slot.max) {
      ids.pop();
      values.pop();
    }
  }
  return ids;
}

/** Blames its own services' suspect when their confidence reaches `bar`, else stays silent. */
export function blameSuspects(view: View, me: Me, bar: number): (string | null)[] {
  return me.toBlame.map((d) => (d.suspect >= 0 && d.confidence >= bar ? view.actors[d.suspect]!.id : null));
}

/**
 * The implementation-year sheet of a state, from a target choice and policies. `submit` is asked
 * only when the request opens the slot (a state that may ratify or accede this year).
 */
export function stateOperations(request: Request, targets: string[], disclose: boolean, requestBackdoor: boolean, withdraw: boolean, submit: () => boolean = () => false): OperationsSheet {
  const sheet: Mutable<OperationsSheet> = { phase: 'operations', targets, disclose };
  if (request.slots.requestBackdoor) sheet.requestBackdoor = requestBackdoor;
  if (request.slots.withdraw) sheet.withdraw = withdraw;
  if (request.slots.submit) sheet.submit = submit();
  return sheet;
}

/** Whether to submit the text now: its surplus, weighing whether its ratification is pivotal, above `threshold`. */
export function submits(view: View, me: Me, threshold: number): () => boolean {
  return () => worthSubmitting(view, me, threshold);
}

/**
 * `ratificationSurplus > threshold`, skipping the estimate of everyone's odds when even a convention
 * binding every state would not clear the bar (exact: see `joiningCeiling`).
 */
export function worthSubmitting(view: View, me: Me, threshold: number): boolean {
  if (threshold >= 0 && view.rules.clubPenalty === 0 && joiningCeiling(view, me) <= threshold) return false;
  return ratificationSurplus(view, me) > threshold;
}

/**
 * The treaty-lifecycle decisions of a state that supports the text when its surplus exceeds
 * `threshold` (vote, signature, ratification), with `ratifyBias` added for the ratification choice,
 * which weighs whether its ratification decides the convention's entry into force.
 */
export function treatyDecision(view: View, me: Me, request: Request, threshold: number, ratifyBias = 0): Sheet | null {
  switch (request.phase) {
    case 'vote': {
      const surplus = surplusOf(view, me, view.public.text);
      return { phase: 'vote', vote: surplus > threshold ? 'yes' : surplus < threshold - 0.1 ? 'no' : 'abstain' };
    }
    case 'signature':
      return { phase: 'signature', sign: surplusOf(view, me, view.public.text) > threshold };
    case 'ratification':
      return { phase: 'ratification', submit: worthSubmitting(view, me, threshold - ratifyBias) };
    default:
      return null;
  }
}

/** Whether any state with capability ≥ `major` was publicly attributed this year by a believed accuser. */
export function majorAttributed(view: View, me: Me, major: number, onlyParties: boolean): boolean {
  return view.public.incidents.some((inc) => {
    if (inc.year < view.year - 1) return false;
    const named = inc.revealedAttacker >= 0 ? inc.revealedAttacker : inc.bodyNamed >= 0 ? inc.bodyNamed : inc.accused;
    if (named < 0 || named === view.seat) return false;
    const who = view.actors[named]!;
    const believed = inc.revealedAttacker >= 0 || inc.bodyNamed >= 0 || me.trust[inc.target]! > 0.5;
    return believed && who.capability >= major && (!onlyParties || isPartyInView(view, named));
  });
}
