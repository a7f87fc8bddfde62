/**
 * The hot-seat page: set up a game (shipped scenario or file, seed, human teams and bots), play it
 * on the table with hand-over screens between the teams, save and resume it, then review it from
 * any perspective and read the debrief.
 */
import { sessionStore, shownState, type Session } from '../session/session-store.js';
import { startPacer } from '../session/pacer.js';
import { autosaver } from '../session/autosave.js';
import { linkedGame } from '../session/link.js';
import { tableModel } from '../model/table-model.js';
import type { TableScene } from '../scene/table.js';
import { mountSetUpScreen } from './setup-screen.js';
import { gameBar } from './game-bar.js';
import { mountTurnPanel } from './turn-panel.js';
import { scrubber } from './scrubber.js';
import { installShortcuts } from './keyboard.js';
import { REVIEW_FOCUS_KEY, REVIEW_KEY } from '../remote/console-screen.js';

const $ = (id: string) => document.getElementById(id)!;

/** Whether the debrief, once drawn, opens on its outcome (a console's end of class). */
let focusOutcome = false;

/** The replay file a console left for review, taken once. */
function takeReview(): string | null {
  try {
    const text = sessionStorage.getItem(REVIEW_KEY);
    sessionStorage.removeItem(REVIEW_KEY);
    focusOutcome = text !== null && sessionStorage.getItem(REVIEW_FOCUS_KEY) === 'outcome';
    sessionStorage.removeItem(REVIEW_FOCUS_KEY);
    return text;
  } catch {
    return null;
  }
}

/** Starts the hot-seat page on the table `scene`. */
export function startHotSeat(scene: TableScene): void {
  const store = sessionStore();
  const autosave = autosaver();
  $('bar').appendChild(gameBar(store));
  $('review').prepend(scrubber(store));
  mountTurnPanel($('side'), store);
  mountSetUpScreen($('setup'), store);
  installShortcuts(store);
  startPacer(store);

  let unmountDebrief: (() => void) | null = null;
  const render = (s: Session, previous: Session | null) => {
    document.body.dataset['screen'] = s.screen;
    document.body.dataset['turn'] = s.turn === null ? 'bots' : s.turn.revealed ? 'seat' : 'handover';
    $('setup').hidden = s.screen !== 'setup';
    $('game').hidden = s.screen !== 'table';
    if (s.screen === 'setup' && previous?.screen !== 'setup') mountSetUpScreen($('setup'), store);
    const shown = shownState(s);
    // For tests and assistive tech: whose eyes the canvas shows, at which step.
    $('stage').dataset['perspective'] = JSON.stringify(s.perspective);
    $('stage').dataset['step'] = String(shown?.flow.step.index ?? '');
    const before = previous === null ? null : shownState(previous);
    if (shown !== null && (shown !== before || s.perspective !== previous?.perspective)) {
      scene.show(tableModel(shown, s.perspective));
      if (!firstTableMarked) markFirstTable();
    }
    // Every change of the live game is saved (a finished one clears the slot: nothing to resume).
    if (s.game !== null && s.game !== previous?.game) autosave(s.game);
    if (s.timeline !== previous?.timeline) void showDebrief(s.timeline);
  };
  /** The debrief of a timeline (loaded on first use: a class needs its charts only after the game). */
  async function showDebrief(timeline: Session['timeline']): Promise<void> {
    unmountDebrief?.();
    unmountDebrief = null;
    $('debrief').hidden = timeline.length === 0;
    if (timeline.length === 0) return;
    const { mountDebrief } = await import('../debrief/debrief.js');
    if (store.getState().timeline !== timeline) return; // another game or file came meanwhile
    unmountDebrief = mountDebrief($('debrief'), timeline, { onJump: (index) => store.getState().scrub(index) });
    if (focusOutcome) showOutcome();
  }

  /** Brings the debrief's outcome into view and gives it the focus (once). */
  function showOutcome(): void {
    focusOutcome = false;
    const outcome = $('debrief').querySelector<HTMLElement>('.debrief-section-outcome');
    if (outcome === null) return;
    outcome.tabIndex = -1;
    outcome.dataset['testid'] = 'debrief-outcome-section';
    // The debrief's headline and its outcome together, the outcome focused for the keyboard.
    $('debrief').scrollIntoView({ block: 'start' });
    outcome.focus({ preventScroll: true });
  }

  let firstTableMarked = false;
  /** A performance mark once the first table has been drawn and presented (the speed script reads it). */
  function markFirstTable(): void {
    firstTableMarked = true;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('geneva:first-table')));
  }

  store.subscribe((s, previous) => render(s, previous));
  render(store.getState(), null);
  // A networked class's replay file, handed over by its console for the debrief.
  const review = takeReview();
  if (review !== null) store.getState().openReplay('the class game', review);
  const linked = linkedGame(window.location.search);
  if (linked !== null && store.getState().start(linked.setUp) === null) store.getState().setPace(linked.pace);
}
