/**
 * "What happened since your last decision": the engine's digest of a seat's view, at the top of
 * the team's panel before it decides (hot-seat and networked alike). Votes first, with who voted
 * how; then the draft's moves, the team's own amendment, what was said and promised to it, and the
 * rest of the news. The words are the engine's ({@link digestFor}), so every screen says the same.
 */
import type { Digest, DigestEntry } from '@geneva/engine';
import { h } from '../ui/dom.js';

/** The groups, in the order a team reads them, and their headings. */
const GROUPS: readonly { readonly title: string; readonly kinds: readonly DigestEntry['kind'][] }[] = [
  { title: 'Your amendment', kinds: [] },
  { title: 'Votes', kinds: ['roll-call'] },
  { title: 'How the draft moved', kinds: ['draft-moved'] },
  { title: 'What was said and promised', kinds: ['statement', 'message', 'pledge'] },
  { title: 'Amendments tabled for the next vote', kinds: ['amendment'] },
  { title: 'Other news', kinds: ['news'] },
];

/** Whether an entry is about the reader's own amendment (shown first). */
function ownAmendment(entry: DigestEntry): boolean {
  return (entry.kind === 'amendment' || entry.kind === 'roll-call') && entry.mine;
}

/**
 * The digest as a section (`data-testid="digest"`), its groups in reading order.
 *
 * @example
 * side.prepend(digestPanel(digestFor(view)));
 */
export function digestPanel(digest: Digest, title = 'What happened since your last decision'): HTMLElement {
  const mine = digest.entries.filter(ownAmendment);
  const rest = digest.entries.filter((e) => !ownAmendment(e));
  const groups = GROUPS.map((g, k) => ({ title: g.title, entries: k === 0 ? mine : rest.filter((e) => g.kinds.includes(e.kind)) })).filter((g) => g.entries.length > 0);
  return h(
    'section',
    { class: 'digest', 'data-testid': 'digest', 'aria-label': title },
    h('h2', {}, title),
    h('p', { class: 'digest-headline', 'data-testid': 'digest-headline' }, digest.headline),
    ...groups.map((g) =>
      h('div', { class: 'digest-group' }, h('h3', {}, g.title), h('ul', {}, ...g.entries.map((e) => h('li', { class: `digest-entry digest-${e.kind}${e.visibility === 'private' ? ' digest-private' : ''}`, 'data-kind': e.kind }, e.text)))),
    ),
  );
}
