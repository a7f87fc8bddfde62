/**
 * Which outcomes the figures show: by default the key outcomes of summary.md (a batch has some sixty
 * outcome columns, most of them one actor's welfare), `all` for every one, or the names given.
 */
import { UserError } from '../cli/errors.js';

/** The outcomes shown unless others are asked for: those summary.md tabulates for every point. */
export const KEY_OUTCOMES = ['adopted', 'inForce', 'ratifications', 'civilianHarm', 'incidents', 'attributionTrust', 'welfareStates'] as const;

/**
 * The outcomes to plot, in the order given, checked against those the batch has.
 *
 * @param flag the value of --outcomes: undefined (the key outcomes), 'all', or names separated by commas
 * @throws UserError (exit 2) naming the flag and the outcome the batch does not have
 * @example
 * chooseOutcomes('inForce,civilianHarm', ['inForce', 'civilianHarm', 'incidents']); // ['inForce', 'civilianHarm']
 */
export function chooseOutcomes(flag: string | undefined, available: readonly string[]): string[] {
  if (flag === undefined) return KEY_OUTCOMES.filter((k) => available.includes(k));
  if (flag.trim() === 'all') return [...available];
  const names = flag.split(',').map((s) => s.trim());
  if (names.some((n) => n === '')) throw new UserError(`geneva: plot: --outcomes ${flag}: an empty name in the list`);
  const unknown = names.find((n) => !available.includes(n));
  if (unknown !== undefined) {
    const some = available.slice(0, 12).join(', ');
    throw new UserError(`geneva: plot: --outcomes: the batch has no numeric or yes/no outcome ${unknown} (it has ${some}${available.length > 12 ? ', …' : ''})`);
  }
  return [...new Set(names)];
}
