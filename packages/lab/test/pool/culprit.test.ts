import { describe, expect, it } from 'vitest';
import { blamedSeat } from '../../src/pool/culprit.js';
import { PROGRESS, progressCells } from '../../src/pool/jobs.js';

/** Progress cells of a 4-seat game: seat `deciding` deciding now, and each seat's decision time (µs). */
function progress(deciding: number, times: readonly number[]): Int32Array {
  const cells = progressCells(4);
  cells[PROGRESS.game] = 0;
  cells[PROGRESS.seat] = deciding;
  times.forEach((us, seat) => (cells[PROGRESS.seatTime + seat] = us));
  return cells;
}

describe('blamedSeat', () => {
  // The regression: under load, a tournament's time limit passed while a quick bot (seat 3) was
  // deciding after the slow strategy file (seat 1), and the bot was named.
  it('blames a game past its time limit on the seat that spent the time, not the one deciding last', () => {
    expect(blamedSeat(progress(3, [12, 1_400_000, 40, 9]), true)).toBe(1);
  });

  it('blames a hung decision on the seat deciding', () => {
    expect(blamedSeat(progress(3, [12, 1_400_000, 40, 9]), false)).toBe(3);
  });

  it('falls back on the seat deciding where no decision time is kept (built-in bots only)', () => {
    expect(blamedSeat(progress(2, [0, 0, 0, 0]), true)).toBe(2);
  });
});
