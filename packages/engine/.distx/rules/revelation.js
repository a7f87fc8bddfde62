/**
 * When the truth about an incident comes out (a leak, or the slow work of investigators), the
 * attacker's reputation suffers, and so does the credibility of whoever blamed the wrong state:
 * a revealed false finding of the body adds to every actor's β, a confirmed one to α.
 */
import { emit } from '../state/emit.js';
import { clamp01 } from './math.js';
/** Trust every actor loses in a state exposed as an attacker. */
export const EXPOSED_TRUST_LOSS = 0.1;
/** Trust every actor loses in an accuser exposed as wrong. */
export const WRONG_ACCUSER_LOSS = 0.1;
/** Makes the truth of an incident public and applies its consequences (once). */
export function revealTruth(state, incidentId) {
    const incident = state.world.public.incidents[incidentId];
    const attacker = state.world.secret.attackerOf[incidentId] ?? -1;
    if (!incident || attacker < 0 || incident.revealedAttacker >= 0)
        return;
    incident.revealedAttacker = attacker;
    for (const p of state.world.private) {
        if (p.index !== attacker)
            p.trust[attacker] = clamp01(p.trust[attacker] - EXPOSED_TRUST_LOSS);
        if (incident.accused >= 0 && incident.accused !== attacker && incident.target >= 0 && p.index !== incident.target)
            p.trust[incident.target] = clamp01(p.trust[incident.target] - WRONG_ACCUSER_LOSS);
        if (incident.bodyNamed >= 0) {
            if (incident.bodyNamed === attacker)
                p.bodyAlpha += 1;
            else
                p.bodyBeta += 1;
        }
    }
    state.world.private[attacker].welfare -= state.scenario.rules.reputation;
    emit(state, 'revealed', { actor: attacker, other: incident.target, value: incidentId }, null);
}
//# sourceMappingURL=revelation.js.map