/**
 * The fast path: plays a whole all-bot game on a private mutable state, with one long-lived
 * XState actor for the phases. Same rule functions as the immutable API, so the two agree step for
 * step (a property test checks it); this one avoids immer's proxies and per-step snapshots.
 */
import { createActor } from 'xstate';
import { createState } from '../state/create.js';
import { advance, beginGame } from '../flow/step.js';
import { compiledPhaseDriver, phaseMachine, phaseOf, stateValueOf } from '../flow/machine.js';
import { builtinStrategy } from '../strategies/builtin.js';
import { decideAll, submitDecisions } from './game.js';
import { HUMAN, resolveSeats } from './seats.js';
/** A phase driver over one long-lived XState actor, started at the state's phase (for comparison). */
export function actorPhaseDriver(state) {
    const snapshot = phaseMachine.resolveState({ value: stateValueOf(state.flow.phase), context: {} });
    const actor = createActor(phaseMachine, { snapshot }).start();
    return (game) => {
        actor.send({ type: 'RESOLVED', game });
        return phaseOf(actor.getSnapshot());
    };
}
/**
 * Plays a game to the end with bots in every seat and returns the final state (mutable, owned by
 * the caller).
 *
 * @throws SeatError for an unknown actor in `seats`, Error when a seat is human
 * @example
 * const final = playGame(scenario, { seed: 42 });
 * outcomeOf(final).inForce;
 */
export function playGame(scenario, options = {}) {
    const seats = resolveSeats(scenario, options.seats);
    if (seats.includes(HUMAN))
        throw new Error('playGame needs a bot in every seat; use createGame/applyDecision for human seats');
    let tc = performance.now(); const state = createState(scenario, String(options.seed ?? 1), seats, options.scenarioHash);
    globalThis.T.create += performance.now() - tc; beginGame(state, compiledPhaseDriver);
    playOn(state, compiledPhaseDriver, options.strategies ?? builtinStrategy);
    return state;
}
/** Continues a mutable state with bots in every seat until the game ends. */
export function playOn(state, driver, strategies) {
    while (state.flow.phase !== 'concluded') {
        const requests = state.flow.step.requests; let t0 = performance.now();
        const d = decideAll(state, requests, strategies); globalThis.T.decide += performance.now() - t0; t0 = performance.now(); submitDecisions(state, requests, d);
        advance(state, driver); globalThis.T.advance += performance.now() - t0;
    }
}
//# sourceMappingURL=run.js.map