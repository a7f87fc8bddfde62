/**
 * Resolving a step: the sheets of every seat asked, taken together in seat order (so the result
 * depends on the set of sheets, never on their arrival order), applied by the rule modules.
 */
import { ARTICLES } from '../scenario/articles.js';
import { emit } from '../state/emit.js';
import { blameDue, responseDue } from './machine.js';
import { recordTalk, settlePledgesOfKind } from '../rules/talk.js';
import { tableAmendments, votePendingAmendments } from '../rules/amendments.js';
import { moveCoalitions } from '../rules/coalitions.js';
import { fadePressure, lobby } from '../rules/lobbying.js';
import { voteOnText } from '../rules/text-vote.js';
import { sign } from '../rules/signature.js';
import { ratify } from '../rules/ratification.js';
import { requestBackdoors, runFirms } from '../rules/firms.js';
import { withdraw } from '../rules/withdrawal.js';
import { runOperations } from '../rules/operations.js';
import { updateStockpiles } from '../rules/exploits.js';
import { publishAttributions } from '../rules/attribution.js';
import { answerAccusations, endYear } from '../rules/consequences.js';
/** Applies the current step's sheets (null for seats not asked) to the state, in place. */
export function resolveSheets(state, sheets) { const ph = state.flow.phase; const t = performance.now(); try { return resolveSheets2(state, sheets); } finally { globalThis.S['resolve:' + ph] = (globalThis.S['resolve:' + ph] ?? 0) + performance.now() - t; } }
function resolveSheets2(state, sheets) {
    recordTalk(state, sheets);
    switch (state.flow.phase) {
        case 'drafting':
            return draft(state, sheets);
        case 'negotiation':
            return negotiate(state, sheets);
        case 'vote':
            return voteOnText(state, sheets);
        case 'signature':
            return sign(state, sheets);
        case 'ratification':
            return ratify(state, sheets);
        case 'operations':
            return operate(state, sheets);
        case 'blame':
            publishAttributions(state, sheets);
            if (!responseDue(state))
                endYear(state);
            return;
        case 'response':
            answerAccusations(state, sheets);
            return endYear(state);
        case 'concluded':
            return;
    }
}
function draft(state, sheets) {
    const tabled = sheets.find((s) => s?.text !== undefined)?.text;
    const text = state.world.public.text;
    if (tabled)
        tabled.forEach((x, a) => (text[a] = x));
    const chair = state.actors.findIndex((a) => a.id === state.scenario.rules.chair);
    emit(state, 'draft-tabled', { actor: chair, text: ARTICLES.map((a, k) => `${a}=${text[k].toFixed(2)}`).join(' ') }, null);
}
function negotiate(state, sheets) {
    fadePressure(state);
    settleSupportPledges(state, sheets);
    votePendingAmendments(state, sheets);
    tableAmendments(state, sheets);
    moveCoalitions(state, sheets);
    lobby(state, sheets.map((s) => s?.lobby));
    const pub = state.world.public;
    sheets.forEach((sheet, seat) => {
        if (sheet?.techAccord === undefined || sheet.techAccord === pub.techAccord[seat])
            return;
        pub.techAccord[seat] = sheet.techAccord;
        emit(state, 'tech-accord', { actor: seat, text: sheet.techAccord ? 'joined' : 'left' }, null);
    });
}
function settleSupportPledges(state, sheets) {
    const pending = state.world.public.pending;
    if (pending.length === 0)
        return;
    settlePledgesOfKind(state, 'support-amendment', (p) => {
        const k = pending.findIndex((a) => a.id === p.target);
        return k < 0 ? null : sheets[p.by]?.votes?.[k] === 'yes';
    });
}
function operate(state, sheets) {
    fadePressure(state);
    const defences = runFirms(state, sheets);
    withdraw(state, sheets);
    runOperations(state, sheets, defences);
    requestBackdoors(state, sheets);
    updateStockpiles(state, sheets);
    lobby(state, sheets.map((s, i) => (state.actors[i].kind === 'civil' ? s?.lobby : undefined)));
    if (!blameDue(state))
        endYear(state);
}
//# sourceMappingURL=resolve.js.map