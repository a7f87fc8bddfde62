/**
 * The console's end of a class: "To the end" (after a confirmation, bots stand in for every team
 * and the game plays to its end, so a class whose time is up still gets an outcome to debrief),
 * and the game's files to keep: the replay file and a save file, the formats the hot-seat page
 * opens (the engine's replayRecordOf and saveGame).
 */
import type { OverviewMessage, ReplayMessage, SaveMessage } from '@geneva/server';
import { h } from '../ui/dom.js';
import { download } from '../ui/files.js';
import type { ConsoleActions } from './console-part.js';

/** The "To the end" button and the downloads. */
export interface EndPart {
  readonly element: HTMLElement;
  update(overview: OverviewMessage): void;
  /** Whether the next replay the server sends is for a download (else it opens the debrief). */
  takesReplay(): boolean;
  /** Saves a file the server sent for a download. */
  received(message: ReplayMessage | SaveMessage): void;
}

/**
 * The section.
 *
 * @example
 * const end = endPart(actions, gameId);
 * end.update(overview);
 */
export function endPart(actions: ConsoleActions, gameId: string): EndPart {
  const toEnd = h('button', { type: 'button', 'data-testid': 'console-to-the-end', title: 'Bots stand in for every team and play the game to its end' }, 'To the end');
  const replay = h('button', { type: 'button', 'data-testid': 'download-replay' }, 'Download the replay');
  const save = h('button', { type: 'button', 'data-testid': 'download-save' }, 'Download a save');
  let replayWanted = false;
  toEnd.addEventListener('click', () => {
    const question = 'Play the game to its end now?\nBots stand in for every team from this step on and the game runs to its end at once, so the class gets an outcome to debrief. The teams cannot decide any more.';
    if (actions.confirm(question)) actions.send({ type: 'finish' });
  });
  replay.addEventListener('click', () => {
    replayWanted = actions.send({ type: 'replay' });
  });
  save.addEventListener('click', () => actions.send({ type: 'save' }));
  const element = h(
    'section',
    { class: 'console-end', 'data-testid': 'console-end', 'aria-labelledby': 'console-end-title' },
    h('h3', { id: 'console-end-title' }, 'The game’s files and its end'),
    h('div', { class: 'row' }, toEnd, replay, save),
    h('p', { class: 'hint' }, 'On the set-up page, “Open a replay file” reviews the game from a replay, and “Load a saved game” plays on from a save in hot-seat. To the end: bots play every team’s seat until the game is over.'),
  );
  return {
    element,
    update(o) {
      toEnd.disabled = o.over;
    },
    takesReplay() {
      const wanted = replayWanted;
      replayWanted = false;
      return wanted;
    },
    received(message) {
      if (message.type === 'save') download(`geneva-${gameId}.save.json`, message.text);
      else download(`geneva-${gameId}.replay.json`, JSON.stringify(message.record));
    },
  };
}
