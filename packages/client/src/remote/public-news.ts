/**
 * The public news: what a team's screen, the hot-seat panel and the projector all show under
 * *On the public record*: the engine's public digest of the last step (every roll call with who
 * voted how, the draft's moves, statements, shocks, incidents, attributions, signatures and
 * ratifications), then the latest public statements. Built from the public parts of a view only,
 * so the same list serves a seat's view and a watcher's public view, and a projector can never
 * show a seat's private news.
 */
import { publicDigest, type PublicView } from '@geneva/engine';
import { h, replaceChildren } from '../ui/dom.js';

/** How many public statements the list keeps under the news. */
const STATEMENTS = 6;

/** The news section, kept on the page and refilled from each view. */
export interface PublicNews {
  readonly element: HTMLElement;
  /** Refills the list from `view`'s public record. */
  show(view: PublicView): void;
}

/**
 * A news section tagged `testId` (its heading's id derives from it, so two lists never share one).
 *
 * @example
 * const news = publicNews('watch-news');
 * side.append(news.element);
 * news.show(message.view);
 */
export function publicNews(testId: string): PublicNews {
  const element = h('section', { class: 'news', 'data-testid': testId, 'aria-labelledby': `${testId}-title` });
  return {
    element,
    show(view) {
      replaceChildren(element, ...publicNewsContent(view, testId));
    },
  };
}

/**
 * The news of the last step and the latest statements, as the children of a news section.
 *
 * @example
 * h('section', { class: 'news' }, ...publicNewsContent(view, 'news'));
 */
export function publicNewsContent(view: PublicView, testId: string): HTMLElement[] {
  // The last resolved step's results and the current step's opening news (a shock, a new round).
  const digest = publicDigest(view, Math.max(0, view.step - 1));
  const entries = digest.entries.filter((e) => !(e.kind === 'news' && e.event === 'fault'));
  const statements = view.public.statements.slice(-STATEMENTS).reverse();
  const name = (i: number) => view.actors[i]?.name ?? 'someone';
  return [
    h('h3', { id: `${testId}-title` }, 'On the public record'),
    entries.length === 0 ? h('p', { class: 'hint' }, 'Nothing new in the last step.') : h('ul', { class: 'news-list' }, ...entries.map((e) => h('li', { class: `event digest-${e.kind}`, 'data-kind': e.kind }, e.text))),
    h('h4', {}, 'Latest public statements'),
    statements.length === 0
      ? h('p', { class: 'hint', 'data-testid': `${testId}-statements` }, 'No statement yet.')
      : h('ol', { class: 'statements', 'data-testid': `${testId}-statements` }, ...statements.map((m) => h('li', {}, h('strong', {}, `${name(m.from)}: `), `“${m.text}”`))),
  ];
}
