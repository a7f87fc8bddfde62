/**
 * The defection incentive: what one covert operation is worth to a state right now, as the rules
 * would resolve it (true probabilities, not a seat's estimate). An analyst's measure of the
 * temptation to cheat that DESIGN's comparative statics speak of.
 */
import { betaMean } from '../rules/math.js';
import { isParty } from '../flow/requests.js';
import { publicDefences } from '../rules/firms.js';
import { bodyAccuracy, detectionChance, nationalAccuracy, operationGain, successChance } from '../rules/operations.js';
/**
 * The expected net value to state `seat` of one operation against each other state, now:
 * `P(success) × gain − P(detected) × P(named) × belief × (reputation + sanction if a party)`,
 * where `P(named)` combines the victim's services and, if it exists, the attribution body, and
 * `belief` is the mean trust observers place in such a finding. Returned as the mean over targets
 * of its positive part: 0 means no operation pays.
 *
 * @example
 * defectionIncentive(state, state.actors.findIndex((a) => a.id === 'usa'));
 */
export function defectionIncentive(state, seat) {
    const d = publicDefences(state);
    const { rules } = state.scenario;
    const penalty = rules.reputation + (isParty(state, seat) ? rules.sanction : 0);
    const bodyBelief = state.world.private.reduce((s, p) => s + betaMean(p.bodyAlpha, p.bodyBeta), 0) / state.world.private.length;
    let total = 0;
    let targets = 0;
    for (const t of state.actors) {
        if (t.kind !== 'state' || t.index === seat)
            continue;
        const national = nationalAccuracy(state, t.index, d);
        const body = state.flow.bodyActive ? bodyAccuracy(state, seat, t.index, d) * bodyBelief : 0;
        const named = 1 - (1 - national) * (1 - body);
        const value = successChance(state, seat, t.index, d) * operationGain(state, seat) - detectionChance(state, seat, t.index, d) * named * penalty;
        total += Math.max(0, value);
        targets++;
    }
    return targets > 0 ? total / targets : 0;
}
//# sourceMappingURL=incentives.js.map