/**
 * The console's projector section: "Projector view" asks the server for a read-only watch link,
 * and the console shows it, to be opened on the projector's computer. The link shows the public
 * table only (what every team already sees), so it is safe to project or to pass around; each
 * press issues a new one, and the earlier ones keep working.
 */
import type { WatchLinkMessage } from '@geneva/server';
import { h, replaceChildren } from '../ui/dom.js';
import type { ConsoleActions } from './console-part.js';

/** The projector section of the console. */
export interface ProjectorPart {
  readonly element: HTMLElement;
  /** Shows a link the server issued for this game. */
  linked(message: WatchLinkMessage): void;
}

/**
 * The "Projector" section.
 *
 * @example
 * const projector = projectorPart(actions);
 * section.append(projector.element);
 * projector.linked(message); // on the server's `watch-link` answer
 */
export function projectorPart(actions: ConsoleActions): ProjectorPart {
  const button = h('button', { type: 'button', 'data-testid': 'watch-link-button', title: 'A read-only link to the public table, live' }, 'Projector view');
  const shown = h('div', { class: 'watch-link' });
  button.addEventListener('click', () => actions.send({ type: 'watch-link' }));
  const element = h(
    'section',
    { class: 'console-projector', 'data-testid': 'console-projector', 'aria-labelledby': 'console-projector-title' },
    h('h3', { id: 'console-projector-title' }, 'Projector'),
    h('div', { class: 'row' }, button),
    shown,
  );
  return {
    element,
    linked(message) {
      replaceChildren(
        shown,
        h('p', {}, h('a', { href: message.link, target: '_blank', rel: 'noopener', 'data-testid': 'watch-link' }, message.link)),
        h('p', { class: 'hint' }, 'Open it on the projector: it shows the public table only, live (no team’s brief, sheet or private messages), so it is safe to project.'),
      );
    },
  };
}
