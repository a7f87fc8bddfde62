/**
 * Private first responders. Each year a firm shares threat intelligence (raises detection and
 * attribution accuracy for everyone), takes down attacker infrastructure (lowers the damage of
 * operations), defends customers everywhere or only at home, and answers its home government's
 * backdoor request (a backdoor raises the home state's capability and everyone's exposure).
 */
import { emit } from '../state/emit.js';
import { settlePledges } from './talk.js';
/** Welfare a firm loses by refusing its government a backdoor, × its exposure to pressure. */
export const REFUSAL_COST = 0.05;
/** Share of protection a firm gives customers outside its home state when it defends only at home. */
export const HOME_ONLY_COVER = 0.3;
/**
 * The defences implied by the firms' public policies of last year (sharing, defending everywhere),
 * without applying anything: what an analysis of the present state uses. Takedowns are not public
 * and count as none.
 */
export function publicDefences(state) {
    const pub = state.world.public;
    let intelTotal = 0;
    let sharing = 0;
    const cover = new Array(state.actors.length).fill(0);
    const presence = new Array(state.actors.length).fill(0);
    let backdoors = 0;
    for (const p of state.world.private)
        if (p.kind === 'state')
            backdoors += p.backdoors;
    for (const actor of state.actors) {
        const firm = state.world.private[actor.index];
        if (firm?.kind !== 'firm')
            continue;
        intelTotal += firm.intel;
        if (pub.sharing[actor.index])
            sharing += firm.intel;
        for (const s of state.actors) {
            if (s.kind !== 'state')
                continue;
            const weight = firm.intel * firm.market[s.index];
            presence[s.index] += weight;
            cover[s.index] += weight * (pub.defendsAll[actor.index] || actor.home === s.index ? 1 : HOME_ONLY_COVER);
        }
    }
    return {
        intel: intelTotal > 0 ? sharing / intelTotal : 0,
        takedown: 0,
        defence: cover.map((c, i) => (presence[i] > 0 ? (c / presence[i]) * Math.min(1, presence[i]) : 0)),
        exposure: 1 + state.scenario.rules.backdoorExposure * backdoors,
    };
}
/** Applies the firms' orders for the year and returns the resulting defences. */
export function runFirms(state, sheets) {
    const pub = state.world.public;
    let intelTotal = 0;
    let sharing = 0;
    let takedown = 0;
    const cover = new Array(state.actors.length).fill(0);
    const presence = new Array(state.actors.length).fill(0);
    for (const actor of state.actors) {
        const firm = state.world.private[actor.index];
        if (firm?.kind !== 'firm')
            continue;
        const sheet = sheets[actor.index];
        // A slot left out keeps last year's policy (as the fallback does).
        const shares = sheet?.share ?? pub.sharing[actor.index] === true;
        const defendsAll = sheet?.defendAll ?? pub.defendsAll[actor.index] === true;
        pub.sharing[actor.index] = shares;
        pub.defendsAll[actor.index] = defendsAll;
        intelTotal += firm.intel;
        if (shares)
            sharing += firm.intel;
        if (sheet?.takedown)
            takedown += firm.intel;
        for (const s of state.actors) {
            if (s.kind !== 'state')
                continue;
            const weight = firm.intel * firm.market[s.index];
            presence[s.index] += weight;
            cover[s.index] += weight * (defendsAll || actor.home === s.index ? 1 : HOME_ONLY_COVER);
        }
        answerBackdoor(state, actor.index, firm, sheet?.backdoor);
    }
    let backdoors = 0;
    for (const p of state.world.private)
        if (p.kind === 'state')
            backdoors += p.backdoors;
    return {
        intel: intelTotal > 0 ? sharing / intelTotal : 0,
        takedown: intelTotal > 0 ? takedown / intelTotal : 0,
        defence: cover.map((c, i) => (presence[i] > 0 ? (c / presence[i]) * Math.min(1, presence[i]) : 0)),
        exposure: 1 + state.scenario.rules.backdoorExposure * backdoors,
    };
}
function answerBackdoor(state, seat, firm, answer) {
    if (!firm.backdoorRequested)
        return;
    firm.backdoorRequested = false;
    const home = state.actors[seat].home;
    const accepts = answer === 'accept';
    // A refusal costs a firm exposed to its government's pressure (contracts, licences, audits).
    if (!accepts)
        firm.welfare -= REFUSAL_COST * firm.pressure;
    if (accepts) {
        firm.backdoorsGranted++;
        state.world.secret.yearBackdoors[seat]++;
        const gov = state.world.private[home];
        if (gov?.kind === 'state')
            gov.backdoors++;
    }
    settlePledges(state, seat, 'refuse-backdoors', () => (accepts ? false : null));
    emit(state, accepts ? 'backdoor-granted' : 'backdoor-refused', { actor: seat, other: home }, [seat, home]);
}
/** Passes this year's backdoor requests of states to their home firms (answered next year). */
export function requestBackdoors(state, sheets) {
    for (const actor of state.actors) {
        const firm = state.world.private[actor.index];
        if (firm?.kind !== 'firm' || sheets[actor.home]?.requestBackdoor !== true)
            continue;
        firm.backdoorRequested = true;
        emit(state, 'backdoor-requested', { actor: actor.home, other: actor.index }, [actor.home, actor.index]);
    }
}
//# sourceMappingURL=firms.js.map