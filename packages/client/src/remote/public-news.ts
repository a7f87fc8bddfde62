/**
 * The latest public news, newest first: what a team's screen and the projector both show under
 * *On the public record*. Built from the public parts of a view only, so the same list serves a
 * seat's view and a watcher's public view, and a projector can never show a seat's private news.
 */
import { describeEvent, type PublicView } from '@geneva/engine';
import { h, replaceChildren } from '../ui/dom.js';

/** How many events the list keeps: the step's news and a little before, readable at a glance. */
const SHOWN = 10;

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
  const titleId = `${testId}-title`;
  const element = h('section', { class: 'news', 'data-testid': testId, 'aria-labelledby': titleId });
  return {
    element,
    show(view) {
      // The faults are the engine's bookkeeping of defaults, not news for the class.
      const events = view.public.log.filter((e) => e.type !== 'fault').slice(-SHOWN).reverse();
      replaceChildren(
        element,
        h('h3', { id: titleId }, 'On the public record'),
        events.length === 0 ? h('p', { class: 'hint' }, 'nothing yet') : h('ol', { reversed: true }, ...events.map((e) => h('li', { class: `event event-${e.type}` }, describeEvent(e, view.actors)))),
      );
    },
  };
}
