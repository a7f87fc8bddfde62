/**
 * A seat's private brief: what its view holds beyond the public table (what it wants and cannot
 * accept, its means, whom it trusts, the messages and pledges addressed to it, what its services
 * detected), in sentences with each number's meaning. Shown only while the seat's own team holds
 * the screen: the hand-over screen removes it from the page, not merely from sight.
 */
import { amendmentLabel, describeEvent, wordsContextOf, type View } from '@geneva/engine';
import { h } from '../ui/dom.js';
import { limits, means, standing, trustLine, wishes } from './brief-facts.js';
import { actorName, pledgeSentence, pledgeStatus } from './words.js';

/** The brief of the seat whose view this is (`print`: for a handout before the game, without the news). */
export function briefOf(view: View, print = false): HTMLElement {
  const list = (lines: readonly string[]) => h('ul', {}, ...lines.map((line) => h('li', {}, line)));
  const where = standing(view);
  return h(
    'section',
    { class: 'brief', 'data-testid': 'private-brief', 'aria-label': `${view.self.name}: private brief` },
    h('h2', {}, `${view.self.name}: private brief`),
    h('p', { class: 'hint' }, print ? 'For your team only.' : 'For your team only. Pass the screen on through the hand-over page.'),
    // In play the order sheet above says it; a printed brief has no sheet.
    where === null || !print ? null : h('p', { 'data-testid': 'standing' }, where),
    view.me.kind === 'state' ? h('h3', {}, 'What you want, most important first') : null,
    view.me.kind === 'state' ? list(wishes(view)) : null,
    view.me.kind === 'state' ? h('h3', {}, 'What you cannot accept') : null,
    view.me.kind === 'state' ? list(limits(view)) : null,
    h('h3', {}, 'Your means'),
    list(means(view)),
    h('h3', {}, 'Whom you trust'),
    h('p', {}, trustLine(view)),
    ...(print ? [] : news(view, list)),
  );
}

/** Messages, pledges and private news addressed to the seat, in sentences. */
function news(view: View, list: (lines: readonly string[]) => HTMLElement): HTMLElement[] {
  const me = view.me;
  const name = (i: number) => actorName(view.actors, i);
  const none = h('p', { class: 'hint' }, 'none');
  const pledgeLine = (p: (typeof me.pledges)[number]) => {
    const about = p.kind === 'support-amendment' ? amendmentLabel(p.target) : p.kind === 'no-operations' && p.target >= 0 ? name(p.target) : null;
    const who = p.by === me.index ? 'You' : name(p.by);
    return `${who} promised ${pledgeSentence(p.kind, about)} (${pledgeStatus(p.status)}).`;
  };
  const events = me.log.slice(-8).map((e) => describeEvent(e, view.actors, wordsContextOf(view, view.seat)));
  return [
    h('h3', {}, 'Messages to you'),
    me.inbox.length === 0 ? none : list(me.inbox.slice(-6).map((m) => `${name(m.from)}: “${m.text}”`)),
    h('h3', {}, 'Pledges you know of'),
    me.pledges.length === 0 ? none.cloneNode(true) as HTMLElement : list(me.pledges.slice(-6).map(pledgeLine)),
    h('h3', {}, 'Your latest private news'),
    events.length === 0 ? none.cloneNode(true) as HTMLElement : list(events),
  ];
}
