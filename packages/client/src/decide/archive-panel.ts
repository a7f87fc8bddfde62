/**
 * A seat's message archive (the engine's {@link messageArchive}): the public statements and each
 * private conversation, by counterpart and in order. Folded under its heading, so it is there
 * during play, in review and in the debrief without pushing the order sheet down.
 */
import type { Conversation } from '@geneva/engine';
import { h } from '../ui/dom.js';

/**
 * The archive as a folded section (`data-testid="archive"`).
 *
 * @example
 * side.append(archivePanel(messageArchive(view), 'Your messages'));
 */
export function archivePanel(conversations: readonly Conversation[], title = 'Messages and statements', open = false): HTMLElement {
  const count = conversations.reduce((n, c) => n + c.messages.length, 0);
  return h(
    'details',
    { class: 'archive', 'data-testid': 'archive', open },
    h('summary', {}, `${title} (${count})`),
    ...conversations.map((c) =>
      h(
        'section',
        { class: 'conversation', 'data-with': c.with },
        h('h4', {}, c.with === 'public' ? c.title : `With ${c.title}`),
        c.messages.length === 0
          ? h('p', { class: 'hint' }, 'Nothing yet.')
          : h('ol', {}, ...c.messages.map((m) => h('li', { class: m.mine ? 'mine' : '' }, h('span', { class: 'when' }, `${m.when} · ${m.mine ? 'you' : m.fromName}${m.toNames.length > 0 && m.mine ? ` to ${m.toNames.join(', ')}` : ''}: `), `“${m.text}”`))),
      ),
    ),
  );
}
