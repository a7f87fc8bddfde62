/**
 * The safe sheet for a request.
 *
 * @example
 * const sheet = fallbackSheet(state, request); // always legal for that request
 */
export function fallbackSheet(state, request) {
    const { seat, slots } = request;
    const pub = state.world.public;
    switch (request.phase) {
        case 'drafting':
            return { phase: 'drafting', text: [...pub.text] };
        case 'negotiation':
            return {
                phase: 'negotiation',
                amend: null,
                ...(slots.votes ? { votes: slots.votes.items.map(() => 'abstain') } : {}),
                ...(slots.coalition ? { coalition: pub.coalition[seat] ?? null } : {}),
                ...(slots.techAccord ? { techAccord: pub.techAccord[seat] === true } : {}),
            };
        case 'vote':
            return { phase: 'vote', vote: 'abstain' };
        case 'signature':
            return { phase: 'signature', sign: false };
        case 'ratification':
            return { phase: 'ratification', submit: false };
        case 'operations':
            return {
                phase: 'operations',
                ...(slots.targets ? { targets: [], disclose: false } : {}),
                ...(slots.share ? { share: pub.sharing[seat] === true, takedown: false, defendAll: pub.defendsAll[seat] === true } : {}),
                ...(slots.backdoor ? { backdoor: 'refuse' } : {}),
            };
        case 'blame':
            return { phase: 'blame', blame: (slots.blame?.items ?? []).map(() => null) };
        case 'response':
            return { phase: 'response', answers: (slots.answers?.items ?? []).map(() => 'deny') };
    }
}
//# sourceMappingURL=fallback.js.map