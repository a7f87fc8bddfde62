/**
 * The debrief's talk: each seat's message archive (the engine's {@link messageArchive} of its view
 * at the end), one seat at a time, human teams first, so a class can read back what was said and
 * promised beside what was done.
 */
import { HUMAN, messageArchive, viewFor, type GameState } from '@geneva/engine';
import { archivePanel } from '../decide/archive-panel.js';
import { h, replaceChildren } from '../ui/dom.js';

/**
 * A seat picker and the picked seat's archive (`data-testid="debrief-talk"`).
 *
 * @example
 * section('talk', 'What was said', talkSection(final));
 */
export function talkSection(final: GameState): HTMLElement {
  const seats = final.actors.map((a) => a.index).sort((a, b) => Number(final.seats[b] === HUMAN) - Number(final.seats[a] === HUMAN) || a - b);
  const picker = h(
    'select',
    { 'aria-label': 'Whose messages', 'data-testid': 'debrief-talk-seat' },
    ...seats.map((i) => h('option', { value: String(i) }, `${final.actors[i]!.name}${final.seats[i] === HUMAN ? ' (a team)' : ''}`)),
  );
  const body = h('div', {});
  const show = () => {
    const seat = Number(picker.value);
    replaceChildren(body, archivePanel(messageArchive(viewFor(final, seat)), `${final.actors[seat]!.name}: messages and the public statements`, true));
  };
  picker.addEventListener('change', show);
  show();
  return h('div', { class: 'debrief-talk', 'data-testid': 'debrief-talk' }, h('label', {}, 'Read the messages of ', picker), body);
}
