/**
 * The outcome metrics of a game (finished or not): flat numbers and booleans an analyst can put in
 * a table, plus the id lists and the final text.
 */
import { A, ARTICLES } from '../scenario/articles.js';
import { betaMean } from '../rules/math.js';
/**
 * Computes the outcome metrics of a state.
 *
 * @example
 * const o = outcomeOf(finalState);
 * console.log(o.inForce, o.ratifiedBy.join(', '));
 */
export function outcomeOf(state) {
    const { public: pub, private: facts, tally } = state.world;
    const states = state.actors.filter((a) => a.kind === 'state');
    const totalCap = states.reduce((s, a) => s + a.capability, 0);
    const parties = states.filter((a) => state.flow.inForce && pub.ratified[a.index] && !pub.withdrawn[a.index]);
    const welfare = (kind) => {
        const of = state.actors.filter((a) => a.kind === kind);
        return of.length === 0 ? 0 : round6(of.reduce((s, a) => s + facts[a.index].welfare, 0) / of.length);
    };
    const ids = (pick) => state.actors.filter((a) => pick(a.index)).map((a) => a.id);
    return {
        adopted: state.flow.adopted,
        adoptedRound: state.flow.adoptedRound,
        signatories: pub.signed.filter(Boolean).length,
        ratifications: pub.ratified.filter(Boolean).length,
        inForce: state.flow.inForce,
        capabilityBound: round6(totalCap > 0 ? parties.reduce((s, a) => s + a.capability, 0) / totalCap : 0),
        incidents: tally.incidents,
        civilianHarm: round6(tally.civilianHarm),
        covertOpsParties: tally.covertOpsParties,
        covertOpsNonParties: tally.covertOpsNonParties,
        attributionsCorrect: tally.attributionsCorrect,
        attributionsFalse: tally.attributionsFalse,
        attributionsDenied: tally.attributionsDenied,
        attributionTrust: round6(facts.reduce((s, p) => s + betaMean(p.bodyAlpha, p.bodyBeta), 0) / facts.length),
        withdrawals: tally.withdrawals,
        techAccordSigners: pub.techAccord.filter(Boolean).length,
        contentScope: round6(pub.text[A.content]),
        binding: round6(pub.text[A.binding]),
        welfareStates: welfare('state'),
        welfareFirms: welfare('firm'),
        welfareCivil: welfare('civil'),
        welfareBy: Object.fromEntries(state.actors.map((a) => [a.id, round6(facts[a.index].welfare)])),
        massEvents: tally.massEvents,
        pledgesMade: tally.pledgesMade,
        pledgesKept: tally.pledgesKept,
        pledgesBroken: tally.pledgesBroken,
        faults: tally.faults,
        signedBy: ids((i) => pub.signed[i] === true),
        ratifiedBy: ids((i) => pub.ratified[i] === true),
        techAccordBy: ids((i) => pub.techAccord[i] === true),
        text: Object.fromEntries(ARTICLES.map((a, k) => [a, round6(pub.text[k])])),
    };
}
/** Rounds to 6 decimals, so outcomes print and compare cleanly across tools. */
function round6(x) {
    return Math.round(x * 1e6) / 1e6;
}
//# sourceMappingURL=outcome.js.map