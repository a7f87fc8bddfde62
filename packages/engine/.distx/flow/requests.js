/**
 * Requests: what each seat must decide in the current step, slot by slot. A request is the one
 * source of legality: it validates a submitted sheet (legality.ts), drives the client's controls and
 * lets the random player sample. A slot a request does not list is closed to that seat.
 */
import { ARTICLES } from '../scenario/articles.js';
/** Limits on talk. */
export const TALK_LIMITS = { messages: 3, maxLength: 500, pledges: 3 };
const VOTES = ['yes', 'no', 'abstain'];
const BOOLS = [true, false];
const COALITIONS = [null, 'friends', 'sovereignty'];
const ANSWERS = ['admit', 'deny'];
const BOOL_SLOT = { type: 'choice', options: BOOLS };
const VOTE_SLOT = { type: 'choice', options: VOTES };
const AMENDS = [
    null,
    ...ARTICLES.flatMap((article) => [
        { article, direction: 1 },
        { article, direction: -1 },
    ]),
];
/**
 * Builds the requests of the current step, in seat order. Empty in `concluded`, and for steps
 * in which nobody has anything to decide (the flow then resolves them at once).
 */
export function buildRequests(state) {
    const phase = state.flow.phase;
    if (phase === 'concluded')
        return [];
    const ctx = {
        state,
        stateIds: state.actors.filter((a) => a.kind === 'state').map((a) => a.id),
        allIds: state.actors.map((a) => a.id),
        talk: new Map(),
        shared: new Map(),
        firmHomes: new Set(state.actors.filter((a) => a.kind === 'firm').map((a) => a.home)),
        votes: { type: 'list', items: state.world.public.pending.map((a) => `amendment ${a.id}`), options: VOTES },
    };
    const requests = [];
    for (const actor of state.actors) {
        const slots = slotsFor(ctx, phase, actor.index);
        if (slots === null)
            continue;
        const { round, year } = state.flow;
        requests.push({ seat: actor.index, actor: actor.id, kind: actor.kind, phase, step: state.flow.step.index, round, year, slots });
    }
    return requests;
}
function slotsFor(ctx, phase, i) {
    const { state } = ctx;
    const kind = state.actors[i].kind;
    switch (phase) {
        case 'drafting':
            return i === chairIndex(state) ? withTalk({ text: draftBounds(state) }, talk(ctx, i, ['vote-yes', 'sign'])) : null;
        case 'negotiation':
            return negotiationSlots(ctx, i);
        case 'vote':
            return kind === 'state' ? shared(ctx, 'vote', () => withTalk({ vote: VOTE_SLOT }, talk(ctx, i, ['sign', 'ratify']))) : null;
        case 'signature':
            return kind === 'state' ? shared(ctx, 'sign', () => withTalk({ sign: BOOL_SLOT }, talk(ctx, i, ['ratify']))) : null;
        case 'ratification':
            return kind === 'state' && state.world.public.signed[i] ? shared(ctx, 'submit', () => ({ submit: BOOL_SLOT })) : null;
        case 'operations':
            return operationsSlots(ctx, i);
        case 'blame': {
            const me = state.world.private[i];
            if (me.kind !== 'state' || me.toBlame.length === 0)
                return null;
            const options = [null, ...otherStates(ctx, i)];
            return { blame: { type: 'list', items: me.toBlame.map((d) => `incident ${d.incident}`), options } };
        }
        case 'response': {
            const me = state.world.private[i];
            if (me.kind !== 'state' || me.accusations.length === 0)
                return null;
            return { answers: { type: 'list', items: me.accusations.map((a) => `incident ${a.incident}`), options: ANSWERS } };
        }
    }
}
/** Slots shared by every seat of one role in this step (built once). */
function shared(ctx, key, build) {
    let slots = ctx.shared.get(key);
    if (slots === undefined) {
        slots = build();
        ctx.shared.set(key, slots);
    }
    return slots;
}
/** Adds the talk slots to a fresh slots object (assignment, not spread: these objects are hot). */
function withTalk(slots, talkSlots) {
    if (talkSlots.messages)
        slots.messages = talkSlots.messages;
    if (talkSlots.pledges)
        slots.pledges = talkSlots.pledges;
    return slots;
}
function negotiationSlots(ctx, i) {
    const actor = ctx.state.actors[i];
    const key = actor.kind === 'firm' ? `firm:${actor.home}` : actor.kind;
    const shared = ctx.shared.get(key);
    if (shared)
        return shared;
    const slots = newNegotiationSlots(ctx, i);
    ctx.shared.set(key, slots);
    return slots;
}
function newNegotiationSlots(ctx, i) {
    const { state } = ctx;
    const actor = state.actors[i];
    const amend = { type: 'choice', options: AMENDS };
    if (actor.kind === 'state') {
        const talkSlots = talk(ctx, i, ['support-amendment', 'vote-yes', 'sign', 'ratify', 'no-operations']);
        return { amend, votes: ctx.votes, coalition: { type: 'choice', options: COALITIONS }, messages: talkSlots.messages, pledges: talkSlots.pledges };
    }
    if (actor.kind === 'firm') {
        const talkSlots = talk(ctx, i, ['refuse-backdoors']);
        return {
            amend,
            lobby: { type: 'subset', options: [state.actors[actor.home].id], max: 1 },
            techAccord: { type: 'choice', options: BOOLS },
            messages: talkSlots.messages,
            pledges: talkSlots.pledges,
        };
    }
    return { amend, lobby: { type: 'subset', options: ctx.stateIds, max: 2 }, messages: talk(ctx, i, []).messages };
}
function operationsSlots(ctx, i) {
    const { state } = ctx;
    const me = state.world.private[i];
    if (me.kind === 'state') {
        const max = Math.min(state.scenario.rules.maxOperations, Math.floor(me.exploits));
        const slots = { targets: { type: 'subset', options: otherStates(ctx, i), max }, disclose: BOOL_SLOT };
        withTalk(slots, talk(ctx, i, ['no-operations']));
        if (ctx.firmHomes.has(i))
            slots.requestBackdoor = BOOL_SLOT;
        if (isParty(state, i))
            slots.withdraw = BOOL_SLOT;
        return slots;
    }
    if (me.kind === 'firm') {
        const key = me.backdoorRequested ? 'firm-ops-backdoor' : 'firm-ops';
        return shared(ctx, key, () => {
            const slots = { share: BOOL_SLOT, takedown: BOOL_SLOT, defendAll: BOOL_SLOT };
            withTalk(slots, talk(ctx, i, ['refuse-backdoors']));
            if (me.backdoorRequested)
                slots.backdoor = { type: 'choice', options: ['accept', 'refuse'] };
            return slots;
        });
    }
    return shared(ctx, 'civil-ops', () => withTalk({ lobby: { type: 'subset', options: ctx.stateIds, max: 2 } }, talk(ctx, i, [])));
}
/** The ids of the states other than seat i (states only). */
function otherStates(ctx, i) {
    const own = ctx.state.actors[i].id;
    return ctx.stateIds.filter((id) => id !== own);
}
/** Talk slots, shared by every seat with the same pledge kinds (a seat may not address itself). */
function talk(ctx, _i, kinds) {
    const key = kinds.join(',');
    const cached = ctx.talk.get(key);
    if (cached)
        return cached;
    const recipients = ctx.allIds;
    const slots = {
        messages: { type: 'messages', max: TALK_LIMITS.messages, maxLength: TALK_LIMITS.maxLength, recipients },
    };
    if (kinds.length > 0) {
        slots.pledges = {
            type: 'pledges',
            max: TALK_LIMITS.pledges,
            kinds,
            recipients,
            amendments: ctx.state.world.public.pending.map((a) => a.id),
            states: ctx.stateIds,
        };
    }
    ctx.talk.set(key, slots);
    return slots;
}
function draftBounds(state) {
    const latitude = state.scenario.rules.draftingLatitude;
    const draft = ARTICLES.map((a) => state.scenario.articles[a].draft);
    return {
        type: 'vector',
        min: draft.map((x) => Math.max(0, x - latitude)),
        max: draft.map((x) => Math.min(1, x + latitude)),
    };
}
/** The chair's seat index. */
export function chairIndex(state) {
    return state.actors.findIndex((a) => a.id === state.scenario.rules.chair);
}
/** Whether seat i is a party: ratified, not withdrawn, and the convention in force. */
export function isParty(state, i) {
    const pub = state.world.public;
    return state.flow.inForce && pub.ratified[i] === true && pub.withdrawn[i] !== true;
}
/** Narrows a seat's private facts to a state's (undefined for firms and civil society). */
export function statePrivate(state, i) {
    const p = state.world.private[i];
    return p?.kind === 'state' ? p : undefined;
}
//# sourceMappingURL=requests.js.map