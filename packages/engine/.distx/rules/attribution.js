/**
 * Public attribution (Edwards, Furnas, Forrest & Axelrod 2017): each victim decides, for each
 * operation it detected, whether to blame a state publicly or stay silent; the attribution body
 * publishes its findings at the same time. Every public attribution is scored against the truth
 * (correct or false), and the accused gets to admit or deny.
 */
import { emit } from '../state/emit.js';
/** Publishes the victims' attributions and the body's findings of the year. */
export function publishAttributions(state, sheets) {
    for (const actor of state.actors) {
        const victim = state.world.private[actor.index];
        if (victim?.kind !== 'state' || victim.toBlame.length === 0)
            continue;
        const blame = sheets[actor.index]?.blame ?? [];
        victim.toBlame.forEach((detection, k) => {
            const id = blame[k];
            const accused = id === null || id === undefined ? -1 : state.actors.findIndex((a) => a.id === id);
            if (accused >= 0)
                accuse(state, detection.incident, actor.index, accused);
        });
        victim.toBlame = [];
    }
    for (const finding of state.world.secret.bodyFindings) {
        const incident = state.world.public.incidents[finding.incident];
        incident.bodyNamed = finding.named;
        incident.bodyConfidence = finding.confidence;
        if (finding.named >= 0)
            accuse(state, finding.incident, -1, finding.named);
        else
            emit(state, 'body-finding', { other: -1, value: 0, text: `incident ${finding.incident}: no state named` }, null);
    }
    state.world.secret.bodyFindings = [];
}
/** A public accusation by a victim (`by` ≥ 0) or by the body (`by` = -1). */
function accuse(state, incidentId, by, accused) {
    const { world } = state;
    const incident = world.public.incidents[incidentId];
    if (by >= 0)
        incident.accused = accused;
    const truth = world.secret.attackerOf[incidentId];
    if (truth === accused)
        world.tally.attributionsCorrect++;
    else
        world.tally.attributionsFalse++;
    world.secret.yearAccused[accused] = true;
    world.private[accused].accusations.push({ incident: incidentId, by });
    if (by >= 0)
        emit(state, 'accused', { actor: by, other: accused, value: incidentId }, null);
    else
        emit(state, 'body-finding', { other: accused, value: incident.bodyConfidence, text: `incident ${incidentId}` }, null);
}
//# sourceMappingURL=attribution.js.map