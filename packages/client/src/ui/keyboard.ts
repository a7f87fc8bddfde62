/**
 * Keyboard shortcuts of the table screen (every control is also a focusable button or input):
 * N or Space: one bot step · P: pause/slow · F: fast · E: to the end · ← →: step back and forth in
 * review · Home/End: first and last step. Ignored while typing in a field.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Session } from '../session/session-store.js';

/** Installs the shortcuts; returns a function that removes them. */
export function installShortcuts(store: StoreApi<Session>): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target !== null && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName))) return;
    const s = store.getState();
    if (s.screen !== 'table') return;
    const review = s.timeline.length > 0;
    const actions: Record<string, () => void> = review
      ? {
          ArrowLeft: () => s.scrub(s.cursor - 1),
          ArrowRight: () => s.scrub(s.cursor + 1),
          Home: () => s.scrub(0),
          End: () => s.scrub(s.timeline.length - 1),
        }
      : {
          n: () => s.stepBots(),
          ' ': () => s.stepBots(),
          p: () => s.setPace(s.pace === 'paused' ? 'slow' : 'paused'),
          f: () => s.setPace('fast'),
          e: () => s.toEnd(),
        };
    const action = actions[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
