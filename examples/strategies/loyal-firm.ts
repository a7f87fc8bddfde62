/**
 * A worked example for a firm seat: loyal to its home state while that state keeps the convention.
 * It shares threat intelligence and defends customers everywhere only if its home state is a party,
 * and refuses backdoors unless its home state stayed out.
 */
import { defineStrategy, type Sheet } from '@geneva/engine';

export default defineStrategy({
  id: 'loyal-firm',
  name: 'Loyal firm',
  description: "Follows its home state's choice: neutral and cooperative if the state is a party, aligned with it otherwise.",
  meta: { kinds: ['firm'], stochastic: false, memory: false },
  decide(view, request): Sheet {
    const home = view.self.home;
    const homeIsParty = view.inForce && view.public.ratified[home] === true && view.public.withdrawn[home] !== true;
    switch (request.phase) {
      case 'negotiation':
        return { phase: 'negotiation', lobby: request.slots.lobby?.options.slice(0, 1) ?? [], techAccord: view.public.signed[home] === true };
      case 'operations': {
        const sheet = { phase: 'operations' as const, share: homeIsParty, takedown: true, defendAll: homeIsParty };
        return request.slots.backdoor ? { ...sheet, backdoor: homeIsParty ? 'refuse' : 'accept' } : sheet;
      }
      default:
        return { phase: request.phase } as Sheet;
    }
  },
});
