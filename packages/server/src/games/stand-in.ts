/**
 * The bot that stands in for an absent team. The engine's bots play the seats marked as bots from
 * the start; a human seat stays human in the engine, so the server asks the scenario's default
 * strategy for that seat's sheet and submits it like a team would. The sheet is journaled as the
 * stand-in's (marked `stand-in`), so a rebuild replays it rather than asking the bot again.
 */
import {
  builtinStrategy,
  checkSheet,
  deriveRng,
  fallbackSheet,
  rngOf,
  viewFor,
  type GameState,
  type Memory,
  type Request,
  type Sheet,
} from '@geneva/engine';

/** The strategy id that stands in for `seat`: the scenario's default for that actor. */
export function standInStrategyId(state: GameState, seat: number): string {
  const actor = state.actors[seat]!;
  return state.scenario.actors[actor.id]?.strategy ?? 'random';
}

/**
 * A stand-in's sheet for `request`. Its random stream is derived like a bot's (seed, seat, step);
 * it starts from a fresh memory each step (the engine keeps memories only for bot seats), and any
 * failure gives the safe fallback: a stand-in must never stall a class.
 */
export function standInSheet(state: GameState, request: Request): Sheet {
  const strategy = builtinStrategy(standInStrategyId(state, request.seat));
  if (strategy === undefined) return fallbackSheet(state, request);
  try {
    const view = viewFor(state, request.seat);
    const rng = rngOf(deriveRng(state.seedHash, request.seat, request.step));
    const memory: Memory = strategy.meta.memory ? (strategy.initialMemory?.(view) ?? {}) : {};
    const sheet = strategy.decide(view, request, rng, memory);
    return checkSheet(request, sheet) === null ? sheet : fallbackSheet(state, request);
  } catch {
    return fallbackSheet(state, request);
  }
}
