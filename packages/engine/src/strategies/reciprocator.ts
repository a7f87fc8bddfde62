/**
 * The reciprocator: cooperates first, then mirrors. It joins the friends and keeps its promises,
 * retaliates against states it believes attacked it (a publicly named attacker, believed in
 * proportion to its trust in the accuser, or the body's finding), and withdraws when a major party
 * is attributed. It believes pledges addressed to it in proportion to its trust in the sender.
 */
import { defineStrategy } from './strategy.js';
import { isPartyInView, stateFacts } from './estimates.js';
import { draftTowardIdeal } from './drafting.js';
import { answerHonestly } from './answers.js';
import { betaMean } from '../rules/math.js';
import { blameSuspects, majorAttributed, stateNegotiation, stateOperations, treatyDecision } from './tactics.js';
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
        if (view.round === 1 && request.slots.pledges) sheet.pledges = [{ kind: 'no-operations', to: [] }];
        return sheet;
      }
      case 'operations': {
        const max = request.slots.targets?.max ?? 0;
        const targets = believedAttackers(view, me).slice(0, max);
        const leave = isPartyInView(view, view.seat) && majorAttributed(view, me, 0.6, true);
        return stateOperations(request, targets, true, false, leave);
      }
      case 'blame':
        return { phase: 'blame', blame: blameSuspects(view, me, 0.5) };
      case 'response':
        return { phase: 'response', answers: answerHonestly(view, me) };
      default:
        return treatyDecision(view, me, request, 0)!;
    }
  },
});
