/**
 * Coalitions: a state may join the "friends of the convention" or the "information sovereignty"
 * bloc, or stay unaligned. Membership is public, signals intent (it feeds other seats' estimate of
 * participation) and builds trust among members round by round.
 */
import { emit } from '../state/emit.js';
/** Trust gained each round between two members of the same coalition. */
export const COALITION_TRUST_GAIN = 0.02;
/** Applies coalition moves, then the trust members build with each other. */
export function moveCoalitions(state, sheets) {
    const pub = state.world.public;
    for (const actor of state.actors) {
        const sheet = sheets[actor.index];
        if (actor.kind !== 'state' || !sheet || sheet.coalition === undefined)
            continue;
        if (sheet.coalition !== pub.coalition[actor.index]) {
            pub.coalition[actor.index] = sheet.coalition;
            emit(state, 'coalition', { actor: actor.index, text: sheet.coalition ?? 'none' }, null);
        }
    }
    for (const a of state.actors) {
        const ca = pub.coalition[a.index];
        if (ca === null || ca === undefined)
            continue;
        const row = state.world.private[a.index].trust;
        for (const b of state.actors) {
            if (b.index !== a.index && pub.coalition[b.index] === ca)
                row[b.index] = Math.min(1, row[b.index] + COALITION_TRUST_GAIN);
        }
    }
}
//# sourceMappingURL=coalitions.js.map