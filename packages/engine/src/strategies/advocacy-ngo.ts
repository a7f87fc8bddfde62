/**
 * The advocacy NGO: campaigns where it can move most. In negotiation it amends its focus articles
 * in the protective direction (a narrow content scope; broad protections) and lobbies the two
 * most capable states not yet convinced; in the implementation years it presses non-parties.
 */
import { A } from '../scenario/articles.js';
import type { Request } from '../flow/requests.js';
import type { AmendOrder } from '../flow/sheets.js';
import { blankSheet } from '../flow/sheets.js';
import { ARTICLES } from '../scenario/articles.js';
import type { ActorInfo, CivilPrivate } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';
import { defineStrategy } from './strategy.js';
import { isPartyInView } from './estimates.js';

/** The protective direction of an article: down for content scope, up for everything else. */
function protective(article: number): 1 | -1 {
  return article === A.content ? -1 : 1;
}

function focusAmendment(view: View, me: DeepReadonly<CivilPrivate>): AmendOrder | null {
  let best: AmendOrder | null = null;
  let gap = 0.05;
  for (const a of me.focus) {
    const x = view.public.text[a]!;
    const room = protective(a) > 0 ? 1 - x : x;
    if (room > gap) {
      gap = room;
      best = { article: ARTICLES[a]!, direction: protective(a) };
    }
  }
  return best;
}

function lobbyTargets(view: View, request: Request, skip: (i: number) => boolean): string[] {
  const slot = request.slots.lobby;
  if (!slot) return [];
  // The `max` most capable open states (ties by id), in one pass.
  const chosen: ActorInfo[] = [];
  // The engine lists the options in seat order: walk them alongside the actors (as chooseTargets).
  let next = 0;
  for (const a of view.actors) {
    if (a.kind !== 'state') continue;
    const open = slot.options[next] === a.id ? (next++, true) : slot.options.includes(a.id);
    if (!open || skip(a.index)) continue;
    let k = chosen.length;
    while (k > 0 && (chosen[k - 1]!.capability < a.capability || (chosen[k - 1]!.capability === a.capability && chosen[k - 1]!.id > a.id))) k--;
    if (k < slot.max) {
      chosen.splice(k, 0, a);
      if (chosen.length > slot.max) chosen.pop();
    }
  }
  return chosen.map((a) => a.id);
}

/** The advocacy NGO bot (`advocacy-ngo`); see the file header. */
export const advocacyNgo = defineStrategy({
  id: 'advocacy-ngo',
  name: 'Advocacy NGO',
  description: 'Amends its focus articles in the protective direction, lobbies the most capable states not in the friends coalition, then presses non-parties in the implementation years; states its aims publicly.',
  meta: { kinds: ['civil'], stochastic: false, memory: false },
  decide(view, request) {
    const me = view.me as DeepReadonly<CivilPrivate>;
    switch (request.phase) {
      case 'negotiation': {
        const statement = view.round === 1 && request.slots.messages ? [{ to: [], text: `${view.self.name} calls for a binding convention that protects civilians.` }] : [];
        return {
          phase: 'negotiation',
          amend: focusAmendment(view, me),
          lobby: lobbyTargets(view, request, (i) => view.public.coalition[i] === 'friends'),
          messages: statement,
        };
      }
      case 'operations':
        return { phase: 'operations', lobby: lobbyTargets(view, request, (i) => isPartyInView(view, i)) };
      default:
        return blankSheet(request.phase);
    }
  },
});
