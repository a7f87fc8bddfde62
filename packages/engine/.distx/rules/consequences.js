/**
 * Consequences of the year's attributions: the accused answers; each observer believes an
 * accusation in proportion to its trust in the accuser (or its Beta belief in the body), lowers its
 * trust in the accused accordingly, and the accused pays a reputation cost, plus the convention's
 * sanction if it is a party. Then the slow processes of the year's end: revelations, quiet-year
 * trust recovery, the club penalty on non-parties, welfare, and unravelling below quorum.
 */
import { A } from '../scenario/articles.js';
import { chance } from '../rng/alea.js';
import { emit } from '../state/emit.js';
import { isParty } from '../flow/requests.js';
import { betaMean, clamp01 } from './math.js';
import { revealTruth } from './revelation.js';
import { expectedBound, restraintCost, textUtility } from './utility.js';
import { checkLapse } from './withdrawal.js';
/** Trust an observer loses in the accused, × its belief in the accusation. */
export const ACCUSATION_TRUST_LOSS = 0.15;
/** Trust recovered each quiet year, × the distance to full trust. */
export const QUIET_RECOVERY = 0.03;
/** Share of the year's regime value that accrues as welfare. */
export const YEARLY_SHARE = 0.2;
/** Applies the accused's answers and the consequences of every accusation of the year. */
export function answerAccusations(state, sheets) {
    for (const actor of state.actors) {
        const me = state.world.private[actor.index];
        if (me?.kind !== 'state' || me.accusations.length === 0)
            continue;
        const answers = sheets[actor.index]?.answers ?? [];
        me.accusations.forEach((accusation, k) => {
            const answer = answers[k] ?? 'deny';
            const incident = state.world.public.incidents[accusation.incident];
            if (incident.answer === 'none' || answer === 'admit')
                incident.answer = answer;
            if (answer === 'deny')
                state.world.tally.attributionsDenied++;
            emit(state, answer === 'admit' ? 'admitted' : 'denied', { actor: actor.index, value: accusation.incident }, null);
            punish(state, actor.index, accusation.by, answer === 'admit');
            if (answer === 'admit' && state.world.secret.attackerOf[accusation.incident] === actor.index)
                revealTruth(state, accusation.incident);
        });
        me.accusations = [];
    }
}
function punish(state, accused, by, admitted) {
    const { rules } = state.scenario;
    let beliefSum = 0;
    let observers = 0;
    for (const p of state.world.private) {
        if (p.index === accused)
            continue;
        const belief = admitted ? 1 : by < 0 ? betaMean(p.bodyAlpha, p.bodyBeta) : p.index === by ? 1 : p.trust[by];
        p.trust[accused] = clamp01(p.trust[accused] - ACCUSATION_TRUST_LOSS * belief);
        beliefSum += belief;
        observers++;
    }
    const belief = observers > 0 ? beliefSum / observers : 0;
    const cost = belief * (rules.reputation + (isParty(state, accused) ? rules.sanction : 0));
    state.world.private[accused].welfare -= cost;
    emit(state, 'sanctioned', { actor: accused, value: cost }, null);
}
/** The end of an implementation year. */
export function endYear(state) {
    revealPast(state);
    recoverTrust(state);
    accrueWelfare(state);
    checkLapse(state);
}
/** Clears the year's counters; called as a year begins, so harm from the rounds is not counted in year 1. */
export function beginYear(state) {
    const secret = state.world.secret;
    secret.yearHarm.fill(0);
    secret.yearBackdoors.fill(0);
    secret.yearAccused.fill(false);
}
function revealPast(state) {
    const { incidents } = state.world.public;
    const rate = state.scenario.rules.revealRate;
    for (const incident of incidents) {
        const traceable = incident.source === 'mass-event' && state.world.secret.attackerOf[incident.id] >= 0;
        if (incident.revealedAttacker >= 0 || (incident.accused < 0 && incident.bodyNamed < 0 && !traceable))
            continue;
        if (chance(state.rng, rate))
            revealTruth(state, incident.id);
    }
}
function recoverTrust(state) {
    const accused = state.world.secret.yearAccused;
    for (const p of state.world.private) {
        for (let j = 0; j < p.trust.length; j++) {
            if (j !== p.index && !accused[j])
                p.trust[j] = p.trust[j] + QUIET_RECOVERY * (1 - p.trust[j]);
        }
    }
}
function accrueWelfare(state) {
    const { world } = state;
    const text = world.public.text;
    const bound = state.flow.inForce ? expectedBound(world.public, state.actors) : 0;
    let harmTotal = 0;
    let states = 0;
    for (const a of state.actors)
        if (a.kind === 'state') {
            harmTotal += world.secret.yearHarm[a.index];
            states++;
        }
    const meanHarm = states > 0 ? harmTotal / states : 0;
    for (const actor of state.actors) {
        const me = world.private[actor.index];
        if (me.kind === 'state')
            me.welfare += stateRegimeValue(state, me, bound);
        else if (me.kind === 'firm') {
            let covered = 0;
            let market = 0;
            for (const s of state.actors) {
                if (s.kind !== 'state')
                    continue;
                covered += me.market[s.index] * (1 - Math.min(1, world.secret.yearHarm[s.index]));
                market += me.market[s.index];
            }
            me.welfare += 0.1 * (market > 0 ? covered / market : 1) - 0.05 * world.secret.yearBackdoors[actor.index] + (world.public.techAccord[actor.index] ? 0.02 : 0);
        }
        else {
            const aligned = me.focus.reduce((s, a) => s + (a === A.content ? 1 - text[a] : text[a]), 0) / me.focus.length;
            me.welfare += -meanHarm + (state.flow.inForce ? 0.1 * aligned : 0);
        }
    }
}
function stateRegimeValue(state, me, bound) {
    const text = state.world.public.text;
    if (isParty(state, me.index))
        return YEARLY_SHARE * (textUtility(me, text) - restraintCost(me, text));
    const club = state.flow.inForce ? state.scenario.rules.clubPenalty * bound : 0;
    return YEARLY_SHARE * me.reservation - club;
}
//# sourceMappingURL=consequences.js.map