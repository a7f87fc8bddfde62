/**
 * The sentences a team's screen and the projector show when the facilitator takes the game back
 * (the server's `notice`), and while the step timers wait for the teams still to join.
 */
import type { Notice } from '@geneva/server';
import { whenWords } from './game-time.js';

/**
 * What a rollback or a fork means for the class, in a sentence.
 *
 * @example
 * noticeWords({ kind: 'rollback', step: 5, phase: 'negotiation', round: 2, year: 0 });
 * // 'The facilitator rolled the game back to negotiation, round 2: decisions after that were undone.'
 */
export function noticeWords(notice: Notice): string {
  const when = whenWords(notice.phase, notice.round, notice.year);
  if (notice.kind === 'rollback') return `The facilitator rolled the game back to ${when}: decisions after that were undone.`;
  return `This game is a copy of the class’s game, going on from ${when} (the facilitator forked it): what was decided after that in the other game is not part of this one.`;
}

/**
 * Who the step timers wait for, by name.
 *
 * @example
 * waitingWords(['France'], true); // 'Waiting for the other teams to join (France): the step timer starts when every team is here. You can already decide.'
 */
export function waitingWords(names: readonly string[], canDecide: boolean): string {
  const who = names.length === 0 ? '' : ` (${names.join(', ')})`;
  return `Waiting for the other teams to join${who}: the step timer starts when every team is here.${canDecide ? ' You can already decide.' : ''}`;
}
