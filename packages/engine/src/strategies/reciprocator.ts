/**
 * The reciprocator: cooperates first, then mirrors. It joins the friends and keeps its promises,
 * retaliates against states it believes attacked it (a publicly named attacker, believed in
 * proportion to its trust in the accuser, or the body's finding), and withdraws when a major party
 * is attributed. It believes pledges addressed to it in proportion to its trust in the sender. It
 * promises in public to ratify once half the major powers have, keeps that promise, and ratifies
 * earlier only when the treaty is clearly worth it alone.
 */
import { defineStrategy } from './strategy.js';
import { isPartyInView, stateFacts } from './estimates.js';
import { conditionMet } from '../rules/talk.js';
import type { PledgeOrder } from '../flow/sheets.js';
import { draftTowardIdeal } from './drafting.js';
import { answerHonestly } from './answers.js';
import { betaMean } from '../rules/math.js';
import { heldOutFor, holdoutSheet } from './holdout.js';
import { majorPowers, MAJOR_POWER_CAPABILITY } from '../view/major-powers.js';
import { blameSuspects, majorAttributed, stateNegotiation, stateOperations, treatyDecision, worthSubmitting } from './tactics.js';
import type { StatePrivate } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';

/** Belief above which the reciprocator retaliates. */
export const RETALIATION_BELIEF = 0.5;

/** The states it believes attacked it during the last two years, and that no trusted pledge covers. */
export function believedAttackers(view: View, me: DeepReadonly<StatePrivate>): string[] {
  const found = new Set<string>();
  for (const inc of view.public.incidents) {
    if (inc.target !== view.seat || inc.year < view.year - 2) continue;
    const suspects: [number, number][] = [];
    if (inc.revealedAttacker >= 0) suspects.push([inc.revealedAttacker, 1]);
    if (inc.bodyNamed >= 0) suspects.push([inc.bodyNamed, betaMean(me.bodyAlpha, me.bodyBeta)]);
    if (inc.accused >= 0) suspects.push([inc.accused, 0.8]);
    for (const [who, belief] of suspects) {
      const pledged = me.pledges.some((p) => p.by === who && p.kind === 'no-operations' && p.status !== 'broken') ? me.trust[who]! : 0;
      if (belief * (1 - 0.5 * pledged) > RETALIATION_BELIEF && who !== view.seat) found.add(view.actors[who]!.id);
    }
  }
  return [...found].sort();
}

/** Surplus above which it ratifies without waiting for the major powers. */
const ALONE = 0.1;

/** The major powers it waits for (view/major-powers.ts), or all other states when there are none. */
function awaitedStates(view: View): string[] {
  const majors = majorPowers(view.actors, view.seat);
  const others = majors.length > 0 ? majors : view.actors.filter((a) => a.kind === 'state' && a.index !== view.seat);
  return others.map((a) => a.id);
}

/** Its public promise to ratify once half the major powers (rounded up) have: none if it stands alone. */
function conditionalPledge(view: View): PledgeOrder[] {
  const states = awaitedStates(view);
  return states.length === 0 ? [] : [{ kind: 'ratify-if', to: [], states, atLeast: Math.ceil(states.length / 2) }];
}

/**
 * It ratifies once the condition of its own public pledge holds (it keeps its word), or without
 * waiting when ratifying is clearly worth it to it (surplus above ALONE, weighing whether it is pivotal).
 */
function ratifiesNow(view: View, me: DeepReadonly<StatePrivate>): boolean {
  const mine = view.public.pledges.find((p) => p.by === view.seat && p.kind === 'ratify-if' && p.status === 'open');
  if (mine?.condition !== undefined && conditionMet(view.public, mine.condition)) return true;
  return worthSubmitting(view, me, ALONE);
}

/** The reciprocator bot (`reciprocator`): tit for tat with trust-weighted beliefs; see the file header. */
export const reciprocator = defineStrategy({
  id: 'reciprocator',
  name: 'Reciprocator',
  description: 'Tit for tat: cooperates first, retaliates against states it believes attacked it, withdraws when a major party is attributed; believes pledges in proportion to trust.',
  meta: { kinds: ['state'], stochastic: false, memory: false },
  decide(view, request) {
    const me = stateFacts(view)!;
    switch (request.phase) {
      case 'drafting':
        return draftTowardIdeal(view, request);
      case 'negotiation': {
        const sheet = stateNegotiation(view, me, request, 'friends');
        if (view.round === 1 && request.slots.pledges) sheet.pledges = [{ kind: 'no-operations', to: [] }, ...conditionalPledge(view)];
        return sheet;
      }
      case 'ratification':
        return { phase: 'ratification', submit: ratifiesNow(view, me) };
      case 'operations': {
        const max = request.slots.targets?.max ?? 0;
        const targets = believedAttackers(view, me).slice(0, max);
        const leave = isPartyInView(view, view.seat) && majorAttributed(view, me, MAJOR_POWER_CAPABILITY, true);
        return stateOperations(request, targets, true, false, leave, () => ratifiesNow(view, me));
      }
      case 'blame':
        return { phase: 'blame', blame: blameSuspects(view, me, 0.5) };
      case 'response':
        return { phase: 'response', answers: answerHonestly(view, me) };
      case 'vote': {
        const held = heldOutFor(view, me);
        return held ? holdoutSheet(view, request, held) : treatyDecision(view, me, request, 0)!;
      }
      default:
        return treatyDecision(view, me, request, 0)!;
    }
  },
});
