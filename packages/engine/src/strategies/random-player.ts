/**
 * The uniform random legal player: samples every open slot of its request uniformly (subsets by
 * size, then members). It never talks. A baseline to beat, and the engine's fuzzer.
 */
import type { Request, Slots } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import { defineStrategy, type Rng } from './strategy.js';

/**
 * A uniformly random legal sheet for a request.
 *
 * @example
 * const sheet = randomSheet(request, rngOf(seedRng('1')));
 */
export function randomSheet(request: Request, rng: Rng): Sheet {
  const sheet: Record<string, unknown> = { phase: request.phase };
  for (const [key, slot] of Object.entries(request.slots) as [keyof Slots, NonNullable<Slots[keyof Slots]>][]) {
    switch (slot.type) {
      case 'choice':
        sheet[key] = rng.pick(slot.options as readonly unknown[]);
        break;
      case 'amendment': {
        // Uniform over "none" and every article × direction.
        const k = rng.int(1 + slot.articles.length * slot.directions.length);
        sheet[key] = k === 0 ? null : { article: slot.articles[Math.floor((k - 1) / slot.directions.length)], direction: slot.directions[(k - 1) % slot.directions.length] };
        break;
      }
      case 'subset': {
        const pool = [...slot.options];
        const size = rng.int(Math.min(slot.max, pool.length) + 1);
        const chosen: string[] = [];
        for (let k = 0; k < size; k++) chosen.push(pool.splice(rng.int(pool.length), 1)[0]!);
        sheet[key] = chosen;
        break;
      }
      case 'list':
        sheet[key] = slot.items.map(() => rng.pick(slot.options as readonly unknown[]));
        break;
      case 'vector':
        sheet[key] = slot.min.map((lo, a) => lo + rng.next() * (slot.max[a]! - lo));
        break;
      case 'messages':
      case 'pledges':
        break;
    }
  }
  return sheet as unknown as Sheet;
}

/** The uniform random legal player (`random`), for every kind of seat. */
export const randomPlayer = defineStrategy({
  id: 'random',
  name: 'Uniform random',
  description: 'Picks uniformly among the legal options of every slot; never talks.',
  meta: { kinds: ['state', 'firm', 'civil'], stochastic: true, memory: false },
  decide: (_view, request, rng) => randomSheet(request, rng),
});
