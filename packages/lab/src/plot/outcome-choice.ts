/**
 * Which outcomes the figures show: by default the key outcomes of summary.md (a batch has some sixty
 * outcome columns, most of them one actor's welfare), `all` for every one, or the names given.
 */
import { UserError } from '../cli/errors.js';

/** The outcomes shown unless others are asked for: those summary.md tabulates for every point. */
export const KEY_OUTCOMES = ['adopted', 'inForce', 'ratifications', 'civilianHarm', 'incidents', 'attributionTrust', 'welfareStates'] as const;

/** The outcomes asked for: the key ones (no --outcomes), all, or these names. */
export type OutcomesAsked = { readonly kind: 'key' } | { readonly kind: 'all' } | { readonly kind: 'named'; readonly names: readonly string[] };

/**
 * The outcomes --outcomes asks for, before the batch is read.
 *
 * @throws UserError (exit 2) for an empty name in the list
 * @example
 * outcomesAsked('inForce, civilianHarm'); // { kind: 'named', names: ['inForce', 'civilianHarm'] }
 */
export function outcomesAsked(flag: string | undefined): OutcomesAsked {
  if (flag === undefined) return { kind: 'key' };
  if (flag.trim() === 'all') return { kind: 'all' };
  const names = flag.split(',').map((s) => s.trim());
  if (names.some((n) => n === '')) throw new UserError(`geneva: plot: --outcomes ${flag}: an empty name in the list`);
  return { kind: 'named', names: [...new Set(names)] };
}

/**
 * Whether an outcome is asked for (its values are then kept while runs.csv is read).
 *
 * @example
 * isAsked({ kind: 'key' }, 'inForce'); // true
 */
export function isAsked(asked: OutcomesAsked, outcome: string): boolean {
  if (asked.kind === 'all') return true;
  const names: readonly string[] = asked.kind === 'key' ? KEY_OUTCOMES : asked.names;
  return names.includes(outcome);
}

/**
 * The outcomes to plot, in the order asked, checked against those the batch has (numeric or yes/no).
 *
 * @throws UserError (exit 2) naming the flag and an outcome asked by name that the batch does not have
 * @example
 * chooseOutcomes({ kind: 'named', names: ['inForce', 'civilianHarm'] }, ['inForce', 'civilianHarm', 'incidents']); // ['inForce', 'civilianHarm']
 */
export function chooseOutcomes(asked: OutcomesAsked, available: readonly string[]): string[] {
  if (asked.kind === 'all') return [...available];
  if (asked.kind === 'key') return KEY_OUTCOMES.filter((k) => available.includes(k));
  const { names } = asked;
  const unknown = names.find((n) => !available.includes(n));
  if (unknown !== undefined) {
    const some = available.slice(0, 12).join(', ');
    throw new UserError(`geneva: plot: --outcomes: the batch has no numeric or yes/no outcome ${unknown} (it has ${some}${available.length > 12 ? ', …' : ''})`);
  }
  return [...names];
}
