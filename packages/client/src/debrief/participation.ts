/**
 * Who signed, ratified and withdrew: a small table, one row per state, each "yes" a button to the
 * step where it happened. Words, not colours ("yes, ratify", "rejected", "—"), so it reads the
 * same in grey-scale print and for colour-blind eyes.
 */
import { h } from '../ui/dom.js';
import type { DebriefSeries, Participation } from './series.js';

/**
 * The participation table.
 *
 * @example
 * root.append(participationTable(debriefSeries(states)));
 */
export function participationTable(series: DebriefSeries): HTMLElement {
  const when = (at: number | null, word: string) =>
    at === null ? h('span', { class: 'debrief-none', 'aria-label': 'no' }, '—') : h('button', { type: 'button', 'data-jump': at }, `${word}, ${series.labels[at] ?? at}`);
  const ratified = (p: Participation) =>
    p.ratifiedAt !== null ? when(p.ratifiedAt, 'yes') : p.ratificationFailedAt !== null ? when(p.ratificationFailedAt, 'rejected') : when(null, '');
  return h(
    'table',
    { class: 'debrief-participation', 'data-testid': 'debrief-participation' },
    h('caption', {}, 'Each state’s path: when it signed, ratified (or its legislature rejected the text) and withdrew.'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'State'), h('th', { scope: 'col' }, 'Bloc'), h('th', { scope: 'col' }, 'Signed'), h('th', { scope: 'col' }, 'Ratified'), h('th', { scope: 'col' }, 'Withdrew'))),
    h(
      'tbody',
      {},
      ...series.participation.map((p) =>
        h(
          'tr',
          { 'data-actor': p.id },
          h('th', { scope: 'row' }, p.name),
          h('td', {}, p.bloc),
          h('td', {}, when(p.signedAt, 'yes')),
          h('td', {}, ratified(p)),
          h('td', {}, when(p.withdrewAt, 'yes')),
        ),
      ),
    ),
  );
}
