/**
 * Likely allies and rivals of a seat at the start of a game, computed from the scenario (so a
 * briefing never drifts from the model): for a state, the states whose ideal text is closest to
 * its own on the articles it cares about; for a firm, the states nearest its stance on assistance,
 * disclosure and backdoors (docs/model.md §6.3); for civil society, the states that want most of
 * what it campaigns for. Read from the game's private facts: only the teacher's briefings use it,
 * and they name people, never the numbers behind them.
 */
import { ARTICLES, type GameState } from '@geneva/engine';

/** Other actors' indices, closest first. */
export interface Alignment {
  readonly allies: readonly number[];
  readonly rivals: readonly number[];
}

const CONTENT = ARTICLES.indexOf('content');

/** The likely allies and rivals of `seat` among the states (three of each, fewer in a small game). */
export function alignmentOf(game: GameState, seat: number): Alignment {
  const me = game.world.private[seat];
  const states = game.actors.filter((a) => a.kind === 'state' && a.index !== seat).map((a) => a.index);
  const ideal = (i: number): readonly number[] => {
    const facts = game.world.private[i];
    return facts?.kind === 'state' ? facts.ideal : [];
  };
  let distance: (i: number) => number;
  if (me?.kind === 'state') distance = (i) => ARTICLES.reduce((d, _, k) => d + (me.salience[k] ?? 0) * Math.abs((me.ideal[k] ?? 0) - (ideal(i)[k] ?? 0)), 0);
  else if (me?.kind === 'firm') {
    const stance: [number, number][] = [[ARTICLES.indexOf('assistance'), 0.5 + 0.5 * me.neutrality], [ARTICLES.indexOf('disclosure'), me.neutrality], [ARTICLES.indexOf('backdoors'), me.neutrality]];
    distance = (i) => stance.reduce((d, [k, x]) => d + Math.abs((ideal(i)[k] ?? 0) - x), 0);
  } else if (me?.kind === 'civil') distance = (i) => -me.focus.reduce((sum, k) => sum + (k === CONTENT ? 1 - (ideal(i)[k] ?? 0) : (ideal(i)[k] ?? 0)), 0);
  else return { allies: [], rivals: [] };
  const sorted = [...states].sort((a, b) => distance(a) - distance(b));
  const n = Math.min(3, Math.floor(sorted.length / 2));
  return { allies: sorted.slice(0, n), rivals: sorted.slice(sorted.length - n).reverse() };
}
