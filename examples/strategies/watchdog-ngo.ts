/**
 * A worked example for a civil-society seat: a watchdog. In negotiation it lobbies the states that
 * sit in the sovereignty coalition; in the implementation years it campaigns in the states most
 * often accused in public, and it says so publicly once a year. It draws on its random stream to
 * break ties, so it is stochastic (and still reproducible under a seed).
 */
import { defineStrategy, type Sheet } from '@geneva/engine';

export default defineStrategy({
  id: 'watchdog-ngo',
  name: 'Watchdog NGO',
  description: 'Lobbies the sovereignty bloc, then campaigns where public accusations point; breaks ties at random.',
  meta: { kinds: ['civil'], stochastic: true, memory: false },
  decide(view, request, rng): Sheet {
    const options = request.slots.lobby?.options ?? [];
    const max = request.slots.lobby?.max ?? 0;
    const pick = (score: (id: string) => number) =>
      [...options]
        .map((id) => ({ id, score: score(id) + rng.next() * 1e-3 }))
        .sort((a, b) => b.score - a.score)
        .slice(0, max)
        .map((c) => c.id);
    const seat = (id: string) => view.actors.find((a) => a.id === id)!.index;
    switch (request.phase) {
      case 'negotiation':
        return { phase: 'negotiation', lobby: pick((id) => (view.public.coalition[seat(id)] === 'sovereignty' ? 1 : 0)) };
      case 'operations': {
        const accused = (id: string) => view.public.incidents.filter((i) => i.accused === seat(id) || i.bodyNamed === seat(id)).length;
        const lobby = pick(accused);
        const messages = lobby.length > 0 ? [{ to: [], text: `We call on ${lobby.join(' and ')} to answer the accusations.` }] : [];
        return { phase: 'operations', lobby, messages };
      }
      default:
        return { phase: request.phase } as Sheet;
    }
  },
});
