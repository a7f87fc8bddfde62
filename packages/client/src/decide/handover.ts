/**
 * The hand-over screen of hot-seat play: before a human seat's turn the page shows only whose turn
 * it is, over the public table, so the team that just played cannot see the next one's secrets and
 * the next one cannot see the last one's.
 */
import { h } from '../ui/dom.js';

/**
 * The hand-over card for `name`'s delegation; `onReveal` when that team is at the screen.
 *
 * @example
 * panel.append(handoverCard('United States', () => store.getState().reveal(), ['United States'], () => store.getState().timeUp()));
 */
export function handoverCard(name: string, onReveal: () => void, waiting: readonly string[], onTimeUp: () => void): HTMLElement {
  const button = h('button', { type: 'button', class: 'primary', 'data-testid': 'reveal' }, `We are ${name}: show our view`);
  button.addEventListener('click', onReveal);
  // For the teacher: a team that is absent or out of time gets the safe default, recorded as a fault.
  const timeUp = h('button', { type: 'button', class: 'quiet', 'data-testid': 'time-up' }, waiting.length > 1 ? 'Time is up: default orders for every team still to decide' : 'Time is up: default orders for this team');
  timeUp.addEventListener('click', onTimeUp);
  const card = h(
    'section',
    { class: 'handover', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'handover-title', 'data-testid': 'handover' },
    h('h2', { id: 'handover-title' }, `Pass to the ${name} delegation`),
    h('p', {}, 'Only that team should look at the screen now: what it alone may see comes next.'),
    waiting.length > 1 ? h('p', { class: 'hint' }, `Still to decide this step: ${waiting.join(', ')}`) : null,
    button,
    h('p', {}, timeUp),
  );
  queueMicrotask(() => button.focus());
  return card;
}
