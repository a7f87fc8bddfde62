/**
 * Whom to blame for a game the watchdog stopped. A hung decision is the deciding seat's. A game
 * past its time limit is the seat whose strategy spent the most time deciding in it, where the
 * worker keeps that count (games with strategy files): the limit may well pass while a quick bot
 * is deciding after the slow strategy, and the bot is not to blame.
 */
import { PROGRESS } from './jobs.js';

/**
 * The seat to blame, from a task's progress cells (see {@link PROGRESS}).
 *
 * @example
 * blamedSeat(progress, true); // the seat with the most decision time in the game
 */
export function blamedSeat(progress: Int32Array, overTime: boolean): number {
  const deciding = Atomics.load(progress, PROGRESS.seat);
  if (!overTime) return deciding;
  let most = deciding;
  let longest = 0;
  for (let seat = 0; PROGRESS.seatTime + seat < progress.length; seat++) {
    const us = Atomics.load(progress, PROGRESS.seatTime + seat);
    if (us > longest) [most, longest] = [seat, us];
  }
  return most;
}
