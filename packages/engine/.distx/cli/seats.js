/**
 * The `--seat ACTOR=STRATEGY` options of `geneva play`: every seat is a bot, so each must name an
 * actor of the scenario and a built-in strategy that can play that actor's kind.
 */
import { builtinStrategies, builtinStrategy, HUMAN } from '../index.js';
import { UserError } from './errors.js';
/**
 * Checks `--seat` options against a scenario and turns them into a seat assignment.
 *
 * @throws UserError (exit 2) naming the first bad option
 * @example
 * seatAssignment(scenario, ['usa=realist', 'rus=random']); // { usa: 'realist', rus: 'random' }
 */
export function seatAssignment(scenario, options) {
    const seats = {};
    for (const option of options) {
        const [actor, strategy] = splitSeat(option);
        if (Object.hasOwn(seats, actor))
            throw new UserError(`geneva: --seat ${option}: seat ${actor} is given twice`);
        checkSeat(scenario, actor, strategy, option);
        seats[actor] = strategy;
    }
    return seats;
}
/** Splits `ACTOR=STRATEGY`. */
function splitSeat(option) {
    const at = option.indexOf('=');
    const actor = option.slice(0, at).trim();
    const strategy = option.slice(at + 1).trim();
    if (at < 0 || actor === '' || strategy === '')
        throw new UserError(`geneva: --seat ${option}: expected ACTOR=STRATEGY (for example usa=realist)`);
    return [actor, strategy];
}
/** Checks one seat: a known actor, a built-in strategy, of the right kind, not a human. */
function checkSeat(scenario, actor, strategyId, option) {
    const spec = Object.hasOwn(scenario.actors, actor) ? scenario.actors[actor] : undefined;
    if (spec === undefined)
        throw new UserError(`geneva: --seat ${option}: no actor "${actor}" in scenario ${scenario.id} (actors: ${Object.keys(scenario.actors).join(', ')})`);
    const fitting = builtinStrategies.filter((s) => s.meta.kinds.includes(spec.kind)).map((s) => s.id);
    if (strategyId === HUMAN)
        throw new UserError(`geneva: --seat ${option}: play is all-bot, "${HUMAN}" seats are not allowed (strategies for a ${spec.kind}: ${fitting.join(', ')})`);
    const strategy = builtinStrategy(strategyId);
    if (strategy === undefined)
        throw new UserError(`geneva: --seat ${option}: no built-in strategy "${strategyId}" (strategies for a ${spec.kind}: ${fitting.join(', ')})`);
    if (!strategy.meta.kinds.includes(spec.kind))
        throw new UserError(`geneva: --seat ${option}: ${strategyId} plays ${strategy.meta.kinds.join(' or ')} seats, and ${actor} is a ${spec.kind} (strategies for a ${spec.kind}: ${fitting.join(', ')})`);
}
//# sourceMappingURL=seats.js.map