/**
 * What a seat can foresee of its choices, from its own view only: for a state, how its treaty
 * surplus (the value of the convention as it stands against staying out) changes with each
 * amendment it could table or vote on. The engine's own utility functions compute it, so the
 * figures are the ones the bots weigh.
 */
import { ARTICLES, expectedBound, treatySurplus, type Preferences, type View } from '@geneva/engine';

/** A state seat's foresight; null for firms and civil society, whose value is not a text utility. */
export interface Foresight {
  /** The seat's treaty surplus with the text as it stands (> 0: better in than out). */
  readonly surplus: number;
  /** The change of surplus if article `article` moved by `delta` (clamped to [0, 1]). */
  readonly change: (article: number, delta: number) => number;
}

/**
 * The foresight of a seat, or null when it is not a state.
 *
 * @example
 * foresightOf(view)?.change(ARTICLES.indexOf('binding'), 0.1); // +0.012: binding helps us
 */
export function foresightOf(view: View): Foresight | null {
  const me = view.me;
  if (me.kind !== 'state') return null;
  const preferences: Preferences = me;
  const bound = expectedBound(view.public, view.actors);
  const text = view.public.text;
  const surplus = treatySurplus(preferences, view.self.exposure, text, bound, view.rules);
  return {
    surplus,
    change(article, delta) {
      const moved = text.map((x, k) => (k === article ? Math.min(1, Math.max(0, x + delta)) : x));
      return treatySurplus(preferences, view.self.exposure, moved, bound, view.rules) - surplus;
    },
  };
}

/** A signed figure for a label: `+0.012`, `−0.004`, `±0.000`. */
export function signed(x: number): string {
  const text = Math.abs(x).toFixed(3);
  if (text === '0.000') return '±0.000';
  return x > 0 ? `+${text}` : `−${text}`;
}

/** The index of an article id. */
export function articleIndex(id: string): number {
  return (ARTICLES as readonly string[]).indexOf(id);
}
