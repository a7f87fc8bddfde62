/**
 * A worked example of a strategy with memory, for a state seat: a grudger. It supports the
 * convention, but remembers (through `observe`) every state that broke a pledge, that its services
 * suspected of hitting it, that was caught hitting it, or that the attribution body named. It votes
 * down their amendments, stops ratifying once betrayed twice, and answers a year in which it was hit
 * with one operation against the worst offender (tit for tat). Its memory is saved with the game,
 * so a restored or replayed game goes on exactly as the original.
 */
import { defineStrategy, type Sheet, type StatePrivate } from '@geneva/engine';

type Grudges = { grudges: Record<string, number>; lastHitYear: number };

export default defineStrategy<Grudges>({
  id: 'grudging-state',
  name: 'Grudging state',
  description: 'Supports the convention, remembers who betrayed or attacked it, and strikes back once.',
  meta: { kinds: ['state'], stochastic: false, memory: true },
  initialMemory: () => ({ grudges: {}, lastHitYear: -1 }),
  observe(events, view, memory) {
    const me = view.seat;
    const blame = (actor: number) => {
      const id = view.actors[actor]?.id;
      if (id !== undefined && actor !== me) memory.grudges[id] = (memory.grudges[id] ?? 0) + 1;
    };
    for (const e of events) {
      if (e.type === 'pledge-broken') blame(e.actor);
      if ((e.type === 'revealed' || e.type === 'leak') && e.other === me) blame(e.actor);
      if (e.type === 'detected' && e.actor === me && e.other >= 0) blame(e.other); // its services' suspect
      if (e.type === 'incident' && e.actor === me) memory.lastHitYear = e.year;
      if (e.type === 'body-finding' && e.other >= 0 && e.other !== me) blame(e.other);
    }
  },
  decide(view, request, _rng, memory): Sheet {
    const betrayals = Object.values(memory.grudges).reduce((a, b) => a + b, 0);
    const grudged = (i: number) => (memory.grudges[view.actors[i]!.id] ?? 0) > 0;
    switch (request.phase) {
      case 'negotiation':
        return { phase: 'negotiation', votes: view.public.pending.map((p) => (grudged(p.by) ? 'no' : 'yes')), coalition: 'friends' };
      case 'vote':
        return { phase: 'vote', vote: 'yes' };
      case 'signature':
        return { phase: 'signature', sign: true };
      case 'ratification':
        return { phase: 'ratification', submit: betrayals < 2 };
      case 'operations': {
        const slot = request.slots.targets; // closed, or max 0, when it has no exploit to use
        const worst = (slot !== undefined && slot.max > 0 ? slot.options : [])
          .filter((id) => (memory.grudges[id] ?? 0) > 0)
          .sort((a, b) => memory.grudges[b]! - memory.grudges[a]!)[0];
        return { phase: 'operations', targets: memory.lastHitYear === view.year - 1 && worst !== undefined ? [worst] : [], disclose: true };
      }
      case 'blame': {
        const me = view.me as StatePrivate;
        return { phase: 'blame', blame: me.toBlame.map((d) => (d.suspect >= 0 && d.confidence > 0.6 ? view.actors[d.suspect]!.id : null)) };
      }
      default:
        return { phase: request.phase } as Sheet;
    }
  },
});
