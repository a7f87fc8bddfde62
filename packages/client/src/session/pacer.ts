/**
 * The bots' pace: while the session is set to slow or fast and no human seat is deciding, the
 * pacer lets the bots resolve one step at a time: slow, a step every 1.5 s, so a class can read the
 * news as it comes; fast, a step as soon as the table has shown the last one (its transitions
 * take 300 ms), the full pace the speed script measures. "To the end" skips the showing.
 */
import type { StoreApi } from 'zustand/vanilla';
import { isOver } from '@geneva/engine';
import type { Session } from './session-store.js';

/** Milliseconds between two bot steps at each pace. */
export const STEP_MS = { slow: 1500, fast: 400 } as const;

/**
 * Starts pacing the store's game; returns a function that stops it.
 *
 * @example
 * const stop = startPacer(store); store.getState().setPace('fast');
 */
export function startPacer(store: StoreApi<Session>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const runnable = (s: Session) => s.pace !== 'paused' && s.turn === null && s.game !== null && !isOver(s.game) && s.timeline.length === 0 && s.screen === 'table';
  const tick = () => {
    timer = undefined;
    const s = store.getState();
    if (runnable(s)) s.stepBots();
  };
  const schedule = (s: Session) => {
    cancel();
    if (!runnable(s)) return;
    if (s.pace !== 'paused') timer = setTimeout(tick, STEP_MS[s.pace]);
  };
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.game !== previous.game || s.pace !== previous.pace || s.turn !== previous.turn || s.screen !== previous.screen) schedule(s);
  });
  schedule(store.getState());
  return () => {
    cancel();
    unsubscribe();
  };
}
