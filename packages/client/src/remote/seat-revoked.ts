/**
 * What a team's screen shows once this device no longer holds the seat (the facilitator gave the
 * team a new code, or the code never opened one): nothing of the seat (its sheet, brief and
 * messages are gone), a sentence saying why, and the way back in.
 */
import { h } from '../ui/dom.js';

/**
 * The lines that replace the seat's panel; `seatName` is the seat this device held, or null when
 * its code opened none.
 *
 * @example
 * side.replaceChildren(revokedLines('France'));
 */
export function revokedLines(seatName: string | null): HTMLElement {
  const joinUrl = `${location.origin}/join`;
  const why =
    seatName === null
      ? 'This code does not open a seat in a game on this server (a new code may have replaced it).'
      : `This device no longer holds ${seatName}’s seat: the facilitator gave your team a new code, and the old one stopped working.`;
  return h(
    'div',
    { class: 'notice seat-revoked', role: 'alert', 'data-testid': 'seat-revoked' },
    h('p', {}, why),
    h('p', {}, 'To rejoin, ask the facilitator for your team’s code and type it at ', h('a', { href: '/join', 'data-testid': 'rejoin-link' }, joinUrl), '.'),
  );
}
