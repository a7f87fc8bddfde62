/**
 * Autosave: the game in progress is saved in the browser after every change, so a closed tab, a
 * reload or a crashed laptop loses nothing; the set-up screen offers to resume it.
 */
import { isOver, saveGame, type GameState } from '@geneva/engine';

const KEY = 'geneva.autosave';

/** The autosaved game, with a label for the resume button, or null. */
export function autosaved(): { readonly text: string; readonly label: string } | null {
  try {
    const text = localStorage.getItem(KEY);
    if (text === null) return null;
    const data = JSON.parse(text) as { state?: { scenarioId?: unknown; seed?: unknown; flow?: { phase?: unknown; step?: { index?: unknown } } } };
    const s = data.state;
    return { text, label: `${String(s?.scenarioId)}, seed ${String(s?.seed)}, ${String(s?.flow?.phase)} (step ${String(s?.flow?.step?.index)})` };
  } catch {
    return null;
  }
}

/** Saves a game in progress now (a finished one clears the slot: there is nothing to resume). */
export function autosave(game: GameState): void {
  try {
    if (isOver(game)) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, saveGame(game));
  } catch {
    // Storage full or disabled: the teacher can still download a save file.
  }
}

/** Milliseconds an autosave may wait: a save serialises the whole game, too much for every bot step. */
export const AUTOSAVE_MS = 1000;

/**
 * An autosaver that writes at most once per {@link AUTOSAVE_MS} (the latest game wins) and at once
 * when the page is hidden or closed, so a human decision is on disk within a second.
 */
export function autosaver(): (game: GameState) => void {
  let pending: GameState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending !== null) autosave(pending);
    pending = null;
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  return (game) => {
    pending = game;
    // A finished game clears the slot at once: a reload must not offer to resume it.
    if (isOver(game)) return flush();
    timer ??= setTimeout(flush, AUTOSAVE_MS);
  };
}
