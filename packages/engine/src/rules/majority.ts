/** The rule of every weighted vote of the game: on an amendment, and on the whole text. */

/**
 * Whether a weighted vote carries: someone voted yes, and the yes share of those voting (abstentions
 * aside) reaches `threshold`.
 *
 * @example
 * carries(10, 5, 0.667); // false: 10/15 ≈ 0.6667 < 0.667
 */
export function carries(yes: number, no: number, threshold: number): boolean {
  return yes > 0 && yes / (yes + no) >= threshold;
}
