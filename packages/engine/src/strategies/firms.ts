/**
 * Firm bots. The neutral firm is Microsoft's "Digital Switzerland": it signs the tech accord,
 * shares threat intelligence, takes down attacker infrastructure, defends customers everywhere and
 * refuses backdoors. The government-aligned firm defends at home, keeps its intelligence, stays out
 * of the accord and grants its government's backdoor requests.
 */
import { A } from '../scenario/articles.js';
import type { Request } from '../flow/requests.js';
import { blankSheet, type Mutable, type NegotiationSheet, type OperationsSheet } from '../flow/sheets.js';
import type { View } from '../view/view.js';
import { defineStrategy } from './strategy.js';

function firmOperations(request: Request, neutral: boolean, backdoor: 'accept' | 'refuse'): OperationsSheet {
  const sheet: Mutable<OperationsSheet> = { phase: 'operations', share: neutral, takedown: true, defendAll: neutral };
  if (request.slots.backdoor) sheet.backdoor = backdoor;
  return sheet;
}

function firmNegotiation(view: View, request: Request, accord: boolean, backdoorBan: number): Mutable<NegotiationSheet> {
  const current = view.public.text[A.backdoors]!;
  const direction = backdoorBan > current + 0.05 ? 1 : backdoorBan < current - 0.05 ? -1 : 0;
  return {
    phase: 'negotiation',
    amend: direction === 0 ? null : { article: 'backdoors', direction },
    lobby: request.slots.lobby?.options.slice(0, 1) ?? [],
    techAccord: accord,
  };
}

/** The neutral firm bot (`neutral-firm`): the "Digital Switzerland". */
export const neutralFirm = defineStrategy({
  id: 'neutral-firm',
  name: 'Neutral firm ("Digital Switzerland")',
  description: 'Signs the tech accord, pledges to refuse backdoors, shares intelligence, takes down attacker infrastructure, defends customers everywhere, refuses backdoor requests.',
  meta: { kinds: ['firm'], stochastic: false, memory: false },
  decide(view, request) {
    switch (request.phase) {
      case 'negotiation': {
        const sheet = firmNegotiation(view, request, true, 1);
        if (view.round === 1 && request.slots.pledges) sheet.pledges = [{ kind: 'refuse-backdoors', to: [] }];
        return sheet;
      }
      case 'operations':
        return firmOperations(request, true, 'refuse');
      default:
        return blankSheet(request.phase);
    }
  },
});

/** The government-aligned firm bot (`government-firm`). */
export const governmentFirm = defineStrategy({
  id: 'government-firm',
  name: 'Government-aligned firm',
  description: 'Stays out of the tech accord, lobbies against a backdoor ban, keeps its intelligence, defends only at home, grants its government backdoors.',
  meta: { kinds: ['firm'], stochastic: false, memory: false },
  decide(view, request) {
    switch (request.phase) {
      case 'negotiation':
        return firmNegotiation(view, request, false, 0.2);
      case 'operations':
        return firmOperations(request, false, 'accept');
      default:
        return blankSheet(request.phase);
    }
  },
});
