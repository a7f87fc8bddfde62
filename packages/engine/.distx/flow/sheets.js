/**
 * A sheet with every slot left out: each takes its default (see fallbackSheet). Always legal.
 *
 * @example
 * blankSheet('vote'); // { phase: 'vote' }, an abstention
 */
export function blankSheet(phase) {
    // Every slot is optional, so `{ phase }` is a member of the union for each phase.
    return { phase };
}
//# sourceMappingURL=sheets.js.map