/**
 * Talk: public statements, private messages and pledges. A private message or pledge is seen by
 * its sender and recipients only. Pledges are structured promises; the rules that see the matching
 * action call {@link settlePledges} to mark them kept or broken as it happens.
 */
import { emit } from '../state/emit.js';
/** Records the messages and pledges of every sheet of the step, in seat order. */
export function recordTalk(state, sheets) {
    sheets.forEach((sheet, seat) => {
        if (sheet?.messages)
            for (const m of sheet.messages)
                sendMessage(state, seat, m.to, m.text);
        if (sheet?.pledges)
            for (const p of sheet.pledges)
                makePledge(state, seat, p.kind, p.to, p.target);
    });
}
function indicesOf(state, ids) {
    return ids.map((id) => state.actors.findIndex((a) => a.id === id)).filter((i) => i >= 0);
}
function sendMessage(state, from, toIds, text) {
    const to = indicesOf(state, toIds);
    const message = { step: state.flow.step.index, from, to, text };
    if (to.length === 0) {
        state.world.public.statements.push(message);
        emit(state, 'statement', { actor: from, text }, null);
        return;
    }
    const audience = [from, ...to.filter((i) => i !== from)];
    for (const i of audience)
        state.world.private[i].inbox.push({ ...message, to: [...to] });
    emit(state, 'message', { actor: from, other: to[0], text }, audience);
}
function makePledge(state, by, kind, toIds, target) {
    const to = indicesOf(state, toIds);
    const targetIndex = kind === 'support-amendment' ? Number(target) : typeof target === 'string' ? state.actors.findIndex((a) => a.id === target) : -1;
    const pledge = { id: state.world.secret.pledges.length, step: state.flow.step.index, by, to, kind, target: targetIndex, status: 'open' };
    state.world.secret.pledges.push(pledge);
    state.world.tally.pledgesMade++;
    for (const i of audienceOf(pledge))
        pledgeList(state, pledge, i).push({ ...pledge, to: [...to] });
    emit(state, 'pledge', { actor: by, other: targetIndex, text: kind }, pledge.to.length === 0 ? null : audienceOf(pledge));
}
function audienceOf(pledge) {
    return pledge.to.length === 0 ? [-1] : [pledge.by, ...pledge.to.filter((i) => i !== pledge.by)];
}
function pledgeList(state, pledge, i) {
    return i < 0 ? state.world.public.pledges : state.world.private[i].pledges;
}
/**
 * Marks the open pledges of `kind` made by `by` (and matching `target`, when given) kept or broken,
 * in the canonical record and in every copy a seat holds.
 */
export function settlePledges(state, by, kind, kept) {
    settlePledgesOfKind(state, kind, (pledge) => (pledge.by === by ? kept(pledge) : null));
}
/**
 * Settles the open pledges of `kind` by anyone in one pass: `kept(pledge)` says kept (true), broken
 * (false) or not yet decided (null).
 */
export function settlePledgesOfKind(state, kind, kept) {
    if (!hasOpenPledges(state))
        return;
    for (const pledge of state.world.secret.pledges) {
        if (pledge.kind !== kind || pledge.status !== 'open')
            continue;
        const by = pledge.by;
        const verdict = kept(pledge);
        if (verdict === null)
            continue;
        const status = verdict ? 'kept' : 'broken';
        pledge.status = status;
        if (verdict)
            state.world.tally.pledgesKept++;
        else
            state.world.tally.pledgesBroken++;
        for (const i of audienceOf(pledge)) {
            const copy = pledgeList(state, pledge, i).find((p) => p.id === pledge.id);
            if (copy)
                copy.status = status;
        }
        emit(state, verdict ? 'pledge-kept' : 'pledge-broken', { actor: by, other: pledge.target, text: kind }, pledge.to.length === 0 ? null : audienceOf(pledge));
    }
}
/** Whether any pledges are open (a cheap guard for the hot path). */
export function hasOpenPledges(state) {
    return state.world.tally.pledgesMade > state.world.tally.pledgesKept + state.world.tally.pledgesBroken;
}
//# sourceMappingURL=talk.js.map