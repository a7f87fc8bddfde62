/** Builds the context of the account of a (finished) game. */
export function accountContext(state) {
    const name = (seat) => (seat >= 0 ? (state.actors[seat]?.name ?? `seat ${seat}`) : 'the attribution body');
    return {
        state,
        events: state.log.filter((e) => e.visibleTo === null),
        name,
        names: (seats) => [...seats].map(name),
        states: state.actors.filter((a) => a.kind === 'state').map((a) => a.index),
    };
}
/** The state that was really behind a public incident (-1: none, an exogenous event). */
export function trueAttacker(context, incident) {
    return context.state.world.secret.attackerOf[incident] ?? -1;
}
/** The incident id in an event text of the form `incident 12…`, if there is one. */
export function incidentOfText(text) {
    const match = /^incident (\d+)/.exec(text);
    return match ? Number(match[1]) : undefined;
}
//# sourceMappingURL=context.js.map