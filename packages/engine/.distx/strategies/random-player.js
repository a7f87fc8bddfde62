import { defineStrategy } from './strategy.js';
/**
 * A uniformly random legal sheet for a request.
 *
 * @example
 * const sheet = randomSheet(request, rngOf(seedRng('1')));
 */
export function randomSheet(request, rng) {
    const sheet = { phase: request.phase };
    for (const [key, slot] of Object.entries(request.slots)) {
        switch (slot.type) {
            case 'choice':
                sheet[key] = rng.pick(slot.options);
                break;
            case 'subset': {
                const pool = [...slot.options];
                const size = rng.int(Math.min(slot.max, pool.length) + 1);
                const chosen = [];
                for (let k = 0; k < size; k++)
                    chosen.push(pool.splice(rng.int(pool.length), 1)[0]);
                sheet[key] = chosen;
                break;
            }
            case 'list':
                sheet[key] = slot.items.map(() => rng.pick(slot.options));
                break;
            case 'vector':
                sheet[key] = slot.min.map((lo, a) => lo + rng.next() * (slot.max[a] - lo));
                break;
            case 'messages':
            case 'pledges':
                break;
        }
    }
    return sheet;
}
export const randomPlayer = defineStrategy({
    id: 'random',
    name: 'Uniform random',
    description: 'Picks uniformly among the legal options of every slot; never talks.',
    meta: { kinds: ['state', 'firm', 'civil'], stochastic: true, memory: false },
    decide: (_view, request, rng) => randomSheet(request, rng),
});
//# sourceMappingURL=random-player.js.map