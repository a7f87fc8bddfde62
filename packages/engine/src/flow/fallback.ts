/**
 * The documented safe decision for a request: what a seat does when it gives no valid sheet (a
 * faulty strategy, an expired timer, an absent team). It changes as little as possible: no
 * amendment, abstentions, coalition and accord unchanged, no signature or ratification, no
 * operations, no backdoor granted, silence on incidents, denial of accusations.
 */
import type { GameState } from '../state/types.js';
import type { Request } from './requests.js';
import type { Mutable, NegotiationSheet, OperationsSheet, Sheet } from './sheets.js';

/**
 * The safe sheet for a request.
 *
 * @example
 * const sheet = fallbackSheet(state, request); // always legal for that request
 */
export function fallbackSheet(state: GameState, request: Request): Sheet {
  const { seat, slots } = request;
  const pub = state.world.public;
  switch (request.phase) {
    case 'drafting':
      return { phase: 'drafting', text: pub.text.slice() };
    case 'negotiation': {
      const sheet: Mutable<NegotiationSheet> = { phase: 'negotiation', amend: null };
      if (slots.votes) sheet.votes = slots.votes.items.map(() => 'abstain' as const);
      if (slots.coalition) sheet.coalition = pub.coalition[seat] ?? null;
      if (slots.techAccord) sheet.techAccord = pub.techAccord[seat] === true;
      return sheet;
    }
    case 'vote':
      return { phase: 'vote', vote: 'abstain' };
    case 'signature':
      return { phase: 'signature', sign: false };
    case 'ratification':
      return { phase: 'ratification', submit: false };
    case 'operations': {
      const sheet: Mutable<OperationsSheet> = { phase: 'operations' };
      if (slots.targets) {
        sheet.targets = [];
        sheet.disclose = false;
      }
      if (slots.share) {
        sheet.share = pub.sharing[seat] === true;
        sheet.takedown = false;
        sheet.defendAll = pub.defendsAll[seat] === true;
      }
      if (slots.backdoor) sheet.backdoor = 'refuse';
      return sheet;
    }
    case 'blame':
      return { phase: 'blame', blame: (slots.blame?.items ?? []).map(() => null) };
    case 'response':
      return { phase: 'response', answers: (slots.answers?.items ?? []).map(() => 'deny' as const) };
  }
}
