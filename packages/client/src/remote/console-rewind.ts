/**
 * The console's "Go back": pick a step the game has played (or the current one, from its start)
 * and either roll this class's game back there, or fork a new game from there with new join
 * codes. Both ask the teacher to confirm. A fork's credentials arrive once, in the server's answer:
 * they are kept in this browser like a new game's, and the fork's console is offered as a link
 * (opening a window only after an answer arrives would be stopped by pop-up blockers).
 */
import type { CreatedMessage } from '@geneva/server';
import { h, replaceChildren } from '../ui/dom.js';
import { consolePath, keepCredentials } from './console-credentials.js';
import type { ConsoleActions, ConsolePart } from './console-part.js';
import { stepLabel } from './game-time.js';

/** The "Go back" section, which also shows the answer to a fork. */
export interface RewindPart extends ConsolePart {
  /** Keeps a fork's credentials and links to its console; returns a one-line problem or null. */
  forked(created: CreatedMessage): string | null;
}

/**
 * The "Go back" section.
 *
 * @example
 * const rewind = rewindPart(actions);
 * rewind.update(overview);
 * rewind.forked(createdMessage);
 */
export function rewindPart(actions: ConsoleActions): RewindPart {
  const select = h('select', { id: 'console-rewind-step', 'data-testid': 'rewind-step' });
  const rollbackWhy = h('p', { class: 'hint', id: 'console-rollback-why' }, 'Roll back: this class’s game returns to the start of that step; what was decided since is undone, and the teams’ screens follow.');
  const forkWhy = h('p', { class: 'hint', id: 'console-fork-why' }, 'Fork: a new game starts from that step, paused, with new join codes; this one stays as it is.');
  const rollback = h('button', { type: 'button', 'data-testid': 'rollback', 'aria-describedby': rollbackWhy.id }, 'Roll back to this step');
  const fork = h('button', { type: 'button', 'data-testid': 'fork', 'aria-describedby': forkWhy.id }, 'Fork a new game from this step');
  const result = h('div', { 'aria-live': 'polite', 'data-testid': 'fork-result' });
  const element = h(
    'section',
    { class: 'console-rewind', 'data-testid': 'console-rewind', 'aria-labelledby': 'console-rewind-title' },
    h('h3', { id: 'console-rewind-title' }, 'Go back'),
    h('div', { class: 'row' }, h('label', { for: select.id }, 'Step'), select, rollback, fork),
    rollbackWhy,
    forkWhy,
    result,
  );

  const chosen = (): { step: number; label: string } | null => {
    const option = select.selectedOptions[0];
    return option === undefined ? null : { step: Number(option.value), label: option.textContent ?? '' };
  };
  rollback.addEventListener('click', () => {
    const choice = chosen();
    if (choice === null) return;
    if (actions.confirm(`Roll this class’s game back to the start of ${choice.label}?\nEverything decided since is undone for every team; their screens return there.`))
      actions.send({ type: 'rollback', step: choice.step });
  });
  fork.addEventListener('click', () => {
    const choice = chosen();
    if (choice === null) return;
    if (actions.confirm(`Fork a new game from the start of ${choice.label}?\nThe new game has new join codes and waits, paused; this game stays as it is.`))
      actions.send({ type: 'fork', step: choice.step });
  });

  // Redrawn only when the steps change, keeping the teacher's choice while it is still offered.
  let shown = '';
  return {
    element,
    update(o) {
      const key = JSON.stringify([o.steps, o.step]);
      if (key === shown) return;
      shown = key;
      const previous = select.value;
      replaceChildren(select, ...o.steps.map((s) => h('option', { value: s.step }, stepLabel(s, o.step))));
      const offered = o.steps.some((s) => String(s.step) === previous);
      // By default the last step before this one: the usual "let us redo that" of a class.
      const fallback = o.steps.length > 1 ? o.steps[o.steps.length - 2] : o.steps[0];
      select.value = offered ? previous : fallback === undefined ? '' : String(fallback.step);
      rollback.disabled = fork.disabled = select.disabled = o.steps.length === 0;
    },
    forked(created) {
      const from = created.forkOf;
      if (!keepCredentials(created)) return `this browser could not keep the forked game ${created.gameId}'s credentials (storage full or disabled)`;
      replaceChildren(
        result,
        h(
          'p',
          { class: 'notice', 'data-testid': 'fork-notice' },
          `New game ${created.gameId}${from === undefined ? '' : `, forked from step ${from.step}`}: it waits, paused, with its own join codes. `,
          h('a', { href: consolePath(created.gameId), 'data-testid': 'fork-link' }, 'Open the console of the forked game'),
        ),
      );
      return null;
    },
  };
}
