/** Signature of the adopted text by the states that choose to. */
import { emit } from '../state/emit.js';
import { settlePledgesOfKind } from './talk.js';
/** Records signatures; a pledge to sign is settled, and a pledge to ratify is broken by not signing. */
export function sign(state, sheets) {
    for (const actor of state.actors) {
        if (actor.kind !== 'state')
            continue;
        const signs = sheets[actor.index]?.sign === true;
        state.world.public.signed[actor.index] = signs;
        if (signs)
            emit(state, 'signed', { actor: actor.index }, null);
    }
    const signed = state.world.public.signed;
    settlePledgesOfKind(state, 'sign', (p) => signed[p.by] === true);
    settlePledgesOfKind(state, 'ratify', (p) => (signed[p.by] === true ? null : false));
}
//# sourceMappingURL=signature.js.map