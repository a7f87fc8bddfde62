/**
 * Asking a strategy for a seat's sheet, with fault isolation: a strategy that throws or returns an
 * illegal sheet does not stop the game; the seat gets the safe fallback and the fault is logged.
 */
import { deriveRng } from '../rng/alea.js';
import { checkSheet } from '../flow/legality.js';
import { fallbackSheet } from '../flow/fallback.js';
import { rngOf } from '../strategies/strategy.js';
import { viewFor } from '../view/view.js';
/**
 * Asks `strategy` for seat `request.seat`'s sheet. Its random stream is derived from the game seed,
 * the seat and the step, so it is the same on replay and after a restore, and independent of every
 * other seat's draws.
 */
export function botDecision(state, request, strategy) {
    const rng = rngOf(() => deriveRng(state.seedHash, request.seat, request.step));
    let sheet;
    try {
        let tv = performance.now(); const vv = viewFor(state, request.seat); globalThis.T.view += performance.now() - tv; let ts = performance.now(); sheet = strategy.decide(vv, request, rng); const dts = performance.now() - ts; globalThis.T.strategy += dts; const key = strategy.id + ':' + request.phase; globalThis.S[key] = (globalThis.S[key] ?? 0) + dts; if(0) sheet = strategy.decide(viewFor(state, request.seat), request, rng);
    }
    catch (error) {
        return { sheet: fallbackSheet(state, request), fault: `${strategy.id} threw: ${messageOf(error)}` };
    }
    let tk = performance.now(); const problem = checkSheet(request, sheet); globalThis.T.check += performance.now() - tk;
    if (problem !== null)
        return { sheet: fallbackSheet(state, request), fault: `${strategy.id} gave an illegal sheet: ${problem.slot}: ${problem.message}` };
    return { sheet };
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=bots.js.map