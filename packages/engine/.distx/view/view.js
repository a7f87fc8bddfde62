/**
 * The view of `seat` (an actor index or id).
 *
 * @example
 * const view = viewFor(state, 'usa');
 * view.me.kind === 'state' && view.me.ideal; // its own ideal positions, nobody else's
 */
export function viewFor(state, seat) {
    const i = typeof seat === 'number' ? seat : state.actors.findIndex((a) => a.id === seat);
    const self = state.actors[i];
    if (self === undefined)
        throw new RangeError(`no seat ${String(seat)} in this game`);
    const { flow } = state;
    return {
        seat: i,
        self,
        scenarioId: state.scenarioId,
        phase: flow.phase,
        round: flow.round,
        year: flow.year,
        step: flow.step.index,
        rules: state.scenario.rules,
        horizonYears: state.scenario.horizon.years,
        adopted: flow.adopted,
        inForce: flow.inForce,
        bodyActive: flow.bodyActive,
        actors: state.actors,
        public: state.world.public,
        me: state.world.private[i],
    };
}
//# sourceMappingURL=view.js.map