import { normEntrepreneur } from './norm-entrepreneur.js';
import { realist } from './realist.js';
import { freeRider } from './free-rider.js';
import { reciprocator } from './reciprocator.js';
import { contentSpoiler } from './content-spoiler.js';
import { governmentFirm, neutralFirm } from './firms.js';
import { advocacyNgo } from './advocacy-ngo.js';
import { randomPlayer } from './random-player.js';
/** Every built-in strategy, in listing order. */
export const builtinStrategies = [
    normEntrepreneur,
    realist,
    freeRider,
    reciprocator,
    contentSpoiler,
    neutralFirm,
    governmentFirm,
    advocacyNgo,
    randomPlayer,
];
/**
 * A built-in strategy by id, or undefined.
 *
 * @example
 * builtinStrategy('realist')?.meta.kinds; // ['state']
 */
export function builtinStrategy(id) {
    return builtinStrategies.find((s) => s.id === id);
}
//# sourceMappingURL=builtin.js.map