import { amendmentAppraiser, bestAmendment, isPartyInView, operationValuer, surplusOf } from './estimates.js';
/** Votes yes on amendments that raise the surplus by more than `margin`, no on those that lower it. */
export function votesByValue(view, me, request, margin = 0.002, bias = () => 0, appraise = amendmentAppraiser(view, me)) {
    const pending = view.public.pending;
    return (request.slots.votes?.items ?? []).map((_, k) => {
        const a = pending[k];
        const value = appraise(a.article, a.delta) + bias(a.article, a.delta);
        return value > margin ? 'yes' : value < -margin ? 'no' : 'abstain';
    });
}
/** A state's negotiation sheet: amend toward its ideal, vote by value, choose a coalition. */
export function stateNegotiation(view, me, request, coalition, bias = () => 0) {
    const appraise = amendmentAppraiser(view, me);
    return {
        phase: 'negotiation',
        amend: bestAmendment(view, me, bias, appraise),
        votes: votesByValue(view, me, request, 0.002, (a, d) => Math.sign(d) * bias(a), appraise),
        coalition,
    };
}
/** Picks up to the allowed number of targets whose expected value exceeds `threshold`. */
export function chooseTargets(view, me, request, threshold) {
    const slot = request.slots.targets;
    if (!slot || slot.max === 0)
        return [];
    const value = operationValuer(view, me);
    const candidates = [];
    for (const a of view.actors) {
        if (a.kind !== 'state' || !slot.options.includes(a.id))
            continue;
        const v = value(a.index);
        if (v > threshold)
            candidates.push({ id: a.id, value: v });
    }
    return candidates
        .sort((x, y) => y.value - x.value || (x.id < y.id ? -1 : 1))
        .slice(0, slot.max)
        .map((c) => c.id);
}
/** Blames its own services' suspect when their confidence reaches `bar`, else stays silent. */
export function blameSuspects(view, me, bar) {
    return me.toBlame.map((d) => (d.suspect >= 0 && d.confidence >= bar ? view.actors[d.suspect].id : null));
}
/** The implementation-year sheet of a state, from a target choice and policies. */
export function stateOperations(request, targets, disclose, requestBackdoor, withdraw) {
    return {
        phase: 'operations',
        targets,
        disclose,
        ...(request.slots.requestBackdoor ? { requestBackdoor } : {}),
        ...(request.slots.withdraw ? { withdraw } : {}),
    };
}
/**
 * The treaty-lifecycle decisions of a state that supports the text when its surplus exceeds
 * `threshold` (vote, signature, ratification), with `ratifyBias` added for the ratification choice.
 */
export function treatyDecision(view, me, request, threshold, ratifyBias = 0) {
    const surplus = surplusOf(view, me, view.public.text);
    switch (request.phase) {
        case 'vote':
            return { phase: 'vote', vote: surplus > threshold ? 'yes' : surplus < threshold - 0.1 ? 'no' : 'abstain' };
        case 'signature':
            return { phase: 'signature', sign: surplus > threshold };
        case 'ratification':
            return { phase: 'ratification', submit: surplus + ratifyBias > threshold };
        default:
            return null;
    }
}
/** Whether any state with capability ≥ `major` was publicly attributed this year by a believed accuser. */
export function majorAttributed(view, me, major, onlyParties) {
    return view.public.incidents.some((inc) => {
        if (inc.year < view.year - 1)
            return false;
        const named = inc.revealedAttacker >= 0 ? inc.revealedAttacker : inc.bodyNamed >= 0 ? inc.bodyNamed : inc.accused;
        if (named < 0 || named === view.seat)
            return false;
        const who = view.actors[named];
        const believed = inc.revealedAttacker >= 0 || inc.bodyNamed >= 0 || me.trust[inc.target] > 0.5;
        return believed && who.capability >= major && (!onlyParties || isPartyInView(view, named));
    });
}
//# sourceMappingURL=tactics.js.map