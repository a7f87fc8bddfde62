/**
 * The documented safe decision for a request: what a seat does when it gives no valid sheet (a
 * faulty strategy, an expired timer, an absent team). It changes as little as possible: no
 * amendment, abstentions, coalition and accord unchanged, no signature or ratification, no
 * operations, no backdoor granted, silence on incidents, denial of accusations.
 */
import type { GameState, PublicRecord } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';
import type { Request } from './requests.js';
import type { Mutable, NegotiationSheet, OperationsSheet, Sheet } from './sheets.js';

/**
 * The safe sheet for a request.
 *
 * @example
 * const sheet = fallbackSheet(state, request); // always legal for that request
 */
export function fallbackSheet(state: GameState, request: Request): Sheet {
  return safeSheet(state.world.public, request);
}

/**
 * The same safe sheet from a seat's view (it reads only the public record): what a client that
 * holds a view, not the game, offers as the default of its order sheet.
 *
 * @example
 * const sheet = defaultSheetFor(view, request); // equal to fallbackSheet(state, request)
 */
export function defaultSheetFor(view: View, request: Request): Sheet {
  return safeSheet(view.public, request);
}

function safeSheet(pub: DeepReadonly<PublicRecord>, request: Request): Sheet {
  const { seat, slots } = request;
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
