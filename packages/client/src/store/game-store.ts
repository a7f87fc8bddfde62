/**
 * The client's state: a zustand store over engine snapshots. Every rule stays in the engine; the
 * store only keeps the current (immutable, frozen) game state and the set-up that made it.
 */
import { createStore } from 'zustand/vanilla';
import { createGame, isOver, outcomeOf, playBots, type GameState, type Outcome } from '@geneva/engine';
import { shippedScenarios } from '../scenarios.js';

/** What the client holds. */
export interface GameStore {
  readonly scenarioId: string;
  readonly seed: string;
  readonly game: GameState | null;
  /** The outcome once the game is over. */
  readonly outcome: Outcome | null;
  /** Starts a new all-bot game. */
  newGame(scenarioId: string, seed: string): void;
  /** Lets the bots resolve one step. */
  step(): void;
  /** Lets the bots play to the end. */
  toEnd(): void;
}

/**
 * A store for one table.
 *
 * @example
 * const store = gameStore(); store.getState().newGame('rsa-2017', '1'); store.getState().toEnd();
 */
export function gameStore() {
  return createStore<GameStore>()((set, get) => {
    const advance = (steps: number) => {
      const { game } = get();
      if (game === null || isOver(game)) return;
      const next = playBots(game, undefined, steps);
      set({ game: next, outcome: isOver(next) ? outcomeOf(next) : null });
    };
    return {
      scenarioId: 'rsa-2017',
      seed: '1',
      game: null,
      outcome: null,
      newGame(scenarioId, seed) {
        const scenario = shippedScenarios.get(scenarioId);
        if (scenario === undefined) return;
        set({ scenarioId, seed, game: createGame(scenario, { seed }), outcome: null });
      },
      step: () => advance(1),
      toEnd: () => advance(Infinity),
    };
  });
}
