/**
 * The strategy interface: a plain object that decides a seat's sheet from its view, its request
 * and its own random stream. Strategies never see the game state.
 */
import { chance, nextFloat, nextInt } from '../rng/alea.js';
/**
 * Defines a strategy (an identity function that checks the shape at compile time).
 *
 * @example
 * export default defineStrategy({
 *   id: 'always-sign', name: 'Always sign', description: 'Signs and ratifies whatever the text.',
 *   meta: { kinds: ['state'], stochastic: false, memory: false },
 *   decide: (view, request) => request.phase === 'signature' ? { phase: 'signature', sign: true } : { phase: request.phase },
 * });
 */
export function defineStrategy(strategy) {
    return strategy;
}
/** An {@link Rng} over a generator state, derived only when first drawn from (most bots never draw). */
class StreamRng {
    source;
    state = null;
    constructor(source) {
        this.source = source;
    }
    get stream() {
        if (this.state === null)
            this.state = typeof this.source === 'function' ? this.source() : this.source;
        return this.state;
    }
    next() {
        return nextFloat(this.stream);
    }
    int(n) {
        return nextInt(this.stream, n);
    }
    chance(p) {
        return chance(this.stream, p);
    }
    pick(items) {
        return items[nextInt(this.stream, items.length)];
    }
}
/**
 * Wraps a generator state, or a function that derives one on first use, as an {@link Rng}.
 *
 * @example
 * const rng = rngOf(seedRng('42'));
 * rng.pick(['yes', 'no']);
 */
export function rngOf(source) {
    return new StreamRng(source);
}
//# sourceMappingURL=strategy.js.map