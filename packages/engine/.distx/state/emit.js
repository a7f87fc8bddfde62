/**
 * Appends an event. `visibleTo` null makes it public; otherwise only the listed seats see it
 * (an empty list: nobody but the omniscient log, e.g. the truth of a covert operation).
 */
export function emit(state, type, fields, visibleTo) {
    const { flow } = state;
    const event = {
        type,
        step: flow.step.index,
        phase: flow.phase,
        round: flow.round,
        year: flow.year,
        actor: fields.actor ?? -1,
        other: fields.other ?? -1,
        value: fields.value ?? 0,
        text: fields.text ?? '',
        visibleTo,
    };
    state.log.push(event);
    if (visibleTo === null)
        state.world.public.log.push(event);
    else
        for (const i of visibleTo)
            state.world.private[i]?.log.push(event);
    return event;
}
//# sourceMappingURL=emit.js.map