/**
 * The readable timeline of key events: one section per round, phase or year, each event a real
 * button (keyboard operable) that carries the timeline index to jump to in `data-jump`. The
 * debrief wires the buttons once, by delegation, so this file only builds markup.
 */
import { h } from '../ui/dom.js';
import type { EventGroup, KeyEventKind } from './key-events.js';

/** A word for each kind, shown next to the event so the kind is never told by colour alone. */
const KIND_WORD: Readonly<Record<KeyEventKind, string>> = {
  text: 'text',
  treaty: 'treaty',
  conflict: 'incident',
  attribution: 'blame',
  shock: 'shock',
};

/**
 * The timeline of key events.
 *
 * @example
 * root.append(timeline(keyEventGroups(states), 'debrief-events'));
 */
export function timeline(groups: readonly EventGroup[], headingId: string): HTMLElement {
  const count = groups.reduce((n, g) => n + g.events.length, 0);
  return h(
    'nav',
    { class: 'debrief-timeline', 'aria-labelledby': headingId, 'data-testid': 'debrief-timeline' },
    h('h3', { id: headingId }, 'Key events'),
    h('p', { class: 'debrief-hint' }, `${count} key events. Pick one to show the table as it was right after it; the plots mark its step.`),
    h(
      'div',
      { class: 'debrief-timeline-scroll' },
      ...groups.map((group) =>
        h(
          'section',
          { class: 'debrief-group', 'data-group': group.key },
          h('h4', {}, h('button', { type: 'button', class: 'debrief-group-jump', 'data-jump': group.timelineIndex }, group.title)),
          group.events.length === 0
            ? h('p', { class: 'debrief-quiet' }, 'Nothing of note.')
            : h(
                'ol',
                {},
                ...group.events.map((e) =>
                  h(
                    'li',
                    {},
                    h(
                      'button',
                      { type: 'button', class: `debrief-event${e.major ? ' debrief-major' : ''}`, 'data-kind': e.kind, 'data-type': e.type, 'data-jump': e.timelineIndex, 'data-testid': 'debrief-event' },
                      h('span', { class: 'debrief-kind' }, KIND_WORD[e.kind]),
                      ' ',
                      h('span', { class: 'debrief-text' }, e.text),
                    ),
                  ),
                ),
              ),
        ),
      ),
    ),
  );
}
