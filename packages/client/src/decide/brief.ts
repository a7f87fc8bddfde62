/**
 * A seat's private brief: what its view holds beyond the public table (its ideal text, its red
 * lines, its trust in the others, the messages and pledges addressed to it, what its services
 * detected). Shown only while the seat's own team holds the screen: the hand-over screen removes
 * it from the page, not merely from sight.
 */
import { ARTICLES, describeEvent, type View } from '@geneva/engine';
import { h } from '../ui/dom.js';

/** The brief of the seat whose view this is (`print`: for a handout before the game, without the news). */
export function briefOf(view: View, print = false): HTMLElement {
  const me = view.me;
  const name = (i: number) => view.actors[i]?.name ?? `seat ${i}`;
  const trustInBody = me.bodyAlpha / (me.bodyAlpha + me.bodyBeta);
  const facts: [string, string][] = [['Trust in the attribution body', trustInBody.toFixed(2)], ['Welfare so far', me.welfare.toFixed(3)]];
  if (me.kind === 'state') {
    facts.unshift(
      ['Reservation value (no treaty)', me.reservation.toFixed(3)],
      ['Domestic ratification hurdle', me.domesticHurdle.toFixed(2)],
      ['Content control wanted', me.contentControl.toFixed(2)],
      ['Offensive capability', me.capability.toFixed(2)],
      ['Exploits in stock', me.exploits.toFixed(1)],
    );
  } else if (me.kind === 'firm') {
    facts.unshift(['Threat intelligence', me.intel.toFixed(2)], ['Neutrality pledge', me.neutrality.toFixed(2)], ['Exposure to home pressure', me.pressure.toFixed(2)], ['Backdoors granted', String(me.backdoorsGranted)]);
  } else {
    facts.unshift(['Advocacy', me.advocacy.toFixed(2)], ['Credibility', me.credibility.toFixed(2)], ['Focus articles', me.focus.map((k) => ARTICLES[k] ?? '?').join(', ')]);
  }
  const trusted = me.trust
    .map((value, i) => ({ i, value }))
    .filter((t) => t.i !== me.index)
    .sort((a, b) => b.value - a.value);
  const privateEvents = me.log.slice(-8).map((e) => describeEvent(e, view.actors));
  return h(
    'section',
    { class: 'brief', 'data-testid': 'private-brief', 'aria-label': `${view.self.name}: private brief` },
    h('h2', {}, `${view.self.name}: private brief`),
    h('p', { class: 'hint' }, print ? 'For your team only.' : 'For your team only. Pass the screen on through the hand-over page.'),
    h('dl', {}, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    me.kind === 'state'
      ? h(
          'table',
          { class: 'ideals' },
          h('caption', {}, 'Your ideal text and how much each article matters to you'),
          h('tr', {}, h('th', {}, 'article'), h('th', {}, 'now'), h('th', {}, 'ideal'), h('th', {}, 'weight')),
          ...ARTICLES.map((a, k) => h('tr', {}, h('td', {}, a), h('td', {}, (view.public.text[k] ?? 0).toFixed(2)), h('td', {}, (me.ideal[k] ?? 0).toFixed(2)), h('td', {}, (me.salience[k] ?? 0).toFixed(2)))),
        )
      : null,
    h('h3', {}, 'Whom you trust'),
    h('p', {}, trusted.slice(0, 4).map((t) => `${name(t.i)} ${t.value.toFixed(2)}`).join(' · '), trusted.length > 4 ? ` … least: ${trusted.slice(-2).map((t) => `${name(t.i)} ${t.value.toFixed(2)}`).join(' · ')}` : ''),
    print ? null : h('h3', {}, 'Messages to you'),
    ...(print
      ? []
      : [
          me.inbox.length === 0 ? h('p', { class: 'hint' }, 'none') : h('ul', {}, ...me.inbox.slice(-6).map((m) => h('li', {}, `${name(m.from)}: “${m.text}”`))),
          h('h3', {}, 'Pledges you know of'),
          me.pledges.length === 0 ? h('p', { class: 'hint' }, 'none') : h('ul', {}, ...me.pledges.slice(-6).map((p) => h('li', {}, `${name(p.by)}: ${p.kind} (${p.status})`))),
          h('h3', {}, 'Your latest private news'),
          privateEvents.length === 0 ? h('p', { class: 'hint' }, 'none') : h('ul', {}, ...privateEvents.map((text) => h('li', {}, text))),
        ]),
  );
}
