/** The seat marker for a human player. */
export const HUMAN = 'human';
/** A problem with a seat assignment. */
export class SeatError extends Error {
    name = 'SeatError';
}
/**
 * Resolves seat assignments into one entry per actor, in scenario order.
 *
 * @throws SeatError when an actor id is unknown
 * @example
 * resolveSeats(scenario, { usa: 'human', rus: 'random' });
 */
export function resolveSeats(scenario, assignment = {}) {
    const ids = Object.keys(scenario.actors);
    for (const id of Object.keys(assignment)) {
        if (!ids.includes(id))
            throw new SeatError(`no actor "${id}" in scenario ${scenario.id} (actors: ${ids.join(', ')})`);
    }
    return ids.map((id) => assignment[id] ?? scenario.actors[id].strategy);
}
//# sourceMappingURL=seats.js.map