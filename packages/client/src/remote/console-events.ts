/**
 * The console's scheduled events: every event the scenario schedules (its kind, when it is due,
 * the state concerned, what it is), where it stands, and for a due one a button that brings it
 * forward to the current step, after the teacher confirms: it reaches every team at once.
 */
import type { OverviewMessage } from '@geneva/server';
import { h, replaceChildren } from '../ui/dom.js';
import type { ConsoleActions, ConsolePart } from './console-part.js';
import { scheduledWhen } from './game-time.js';

/** A scheduled event as the overview lists it. */
type EventChoice = OverviewMessage['events'][number];

const STATUS_WORDS: Readonly<Record<EventChoice['status'], string>> = {
  due: 'due',
  happened: 'happened at its time',
  triggered: 'triggered early',
};

/**
 * The "Scheduled events" section.
 *
 * @example
 * const events = eventsPart(actions);
 * section.append(events.element);
 * events.update(overview);
 */
export function eventsPart(actions: ConsoleActions): ConsolePart {
  const body = h('tbody', {});
  const none = h('p', { class: 'hint', hidden: true }, 'This scenario schedules no events.');
  const element = h(
    'section',
    { class: 'console-events', 'data-testid': 'console-events', 'aria-labelledby': 'console-events-title' },
    h('h3', { id: 'console-events-title' }, 'Scheduled events'),
    h('p', { class: 'hint' }, 'Trigger now: a due event happens at once, in this step, for every team, and not again at its time.'),
    h(
      'table',
      { class: 'seats' },
      h('caption', {}, 'The scenario’s scheduled events'),
      h('thead', {}, h('tr', {}, ...['#', 'event', 'scheduled', 'state concerned', 'what happens', 'status', ''].map((t) => h('th', { scope: 'col' }, t)))),
      body,
    ),
    none,
  );
  // Redrawn only when something shown changes: an overview comes with every decision, and a
  // redraw under the teacher's pointer or keyboard focus would lose the button being pressed.
  let shown = '';
  return {
    element,
    update(o) {
      const key = JSON.stringify([o.events, o.over]);
      if (key === shown) return;
      shown = key;
      none.hidden = o.events.length > 0;
      replaceChildren(body, ...o.events.map((e) => eventRow(e, o, actions)));
    },
  };
}

function eventRow(e: EventChoice, o: OverviewMessage, actions: ConsoleActions): HTMLElement {
  const concerned = e.actor === undefined ? '' : (o.seats.find((s) => s.id === e.actor)?.name ?? e.actor);
  const name = `event ${e.index + 1}, ${e.kind}${concerned === '' ? '' : ` (${concerned})`}`;
  let action: HTMLElement | null = null;
  if (e.status === 'due' && !o.over) {
    const button = h('button', { type: 'button', 'data-testid': `trigger-${e.index}`, 'aria-label': `Trigger now: ${name}` }, 'Trigger now');
    button.addEventListener('click', () => {
      // The step is read now: the one the teacher sees when confirming, not the one when drawn.
      const now = actions.current();
      if (now === null) return;
      const question = `Trigger scheduled ${name} now, in step ${now.step}? It is scheduled for ${scheduledWhen(e)}.\nEvery team sees it at once; only a rollback undoes it.`;
      if (actions.confirm(question)) actions.send({ type: 'inject', step: now.step, event: e.index });
    });
    action = button;
  }
  return h(
    'tr',
    { 'data-event': e.index, 'data-status': e.status },
    h('td', {}, String(e.index + 1)),
    h('td', {}, e.kind),
    h('td', {}, scheduledWhen(e)),
    h('td', {}, concerned),
    h('td', {}, e.description),
    h('td', {}, STATUS_WORDS[e.status]),
    h('td', {}, action),
  );
}
