/**
 * The bare address of a Geneva server opens the teacher's set-up; a student given that address
 * must not be lost there. Where a server serves the page, the top of it says, first, where students
 * go: the join page with its code box.
 */
import { h } from '../ui/dom.js';
import { servedByGeneva } from './served.js';

/** Adds "Student? Join your class with your code" under `header` when a Geneva server serves this page. */
export async function offerJoinLink(header: HTMLElement): Promise<void> {
  if (!(await servedByGeneva())) return;
  header.append(
    h(
      'p',
      { class: 'join-offer', 'data-testid': 'join-offer' },
      'Student? ',
      h('a', { href: '/join', 'data-testid': 'join-offer-link' }, 'Join your class with your team’s code'),
      '. This page is the teacher’s set-up.',
    ),
  );
}
