/**
 * Where a bot stood in for an absent team (a networked class: the facilitator's "Bot stands in"),
 * seat by seat, each step a button to that step: the class can tell the bot's moves from its own
 * when it reads the record, as teachers ask of every classroom simulation.
 */
import type { GameState } from '@geneva/engine';
import { h } from '../ui/dom.js';

/** A seat a bot stood in for, and the steps it decided (timeline indices, with their labels). */
export interface StandIn {
  readonly id: string;
  readonly name: string;
  readonly steps: readonly { readonly at: number; readonly label: string }[];
}

/**
 * The stand-ins of a game, in seat order. `labels[k]` names timeline index k (states[k] is the game
 * after k steps), so the step recorded k-th is shown at index k + 1: the table as that step left it.
 *
 * @example
 * standInsOf(states.at(-1)!, debriefSeries(states).labels); // [{ id: 'rus', name: 'Russia', steps: [{ at: 12, label: 'Round 3' }] }]
 */
export function standInsOf(final: GameState, labels: readonly string[]): StandIn[] {
  const steps = new Map<number, { at: number; label: string }[]>();
  final.history.forEach((record, k) => {
    for (const seat of record.standIns ?? []) {
      const at = k + 1;
      const list = steps.get(seat) ?? [];
      list.push({ at, label: labels[at] ?? `step ${record.index}` });
      steps.set(seat, list);
    }
  });
  return [...steps.entries()].sort(([a], [b]) => a - b).map(([seat, list]) => ({ id: final.actors[seat]!.id, name: final.actors[seat]!.name, steps: list }));
}

/**
 * The stand-in section's body, or null when no bot stood in (a game with every team present).
 *
 * @example
 * const list = standInList(standInsOf(final, series.labels)); if (list) root.append(list);
 */
export function standInList(standIns: readonly StandIn[]): HTMLElement | null {
  if (standIns.length === 0) return null;
  return h(
    'ul',
    { class: 'debrief-stand-ins', 'data-testid': 'debrief-stand-ins' },
    ...standIns.map((s) =>
      h(
        'li',
        { 'data-actor': s.id },
        `${s.name}: a bot decided for the team ${s.steps.length === 1 ? 'once' : `${s.steps.length} times`} — `,
        ...s.steps.flatMap((step, k) => [k === 0 ? '' : ', ', h('button', { type: 'button', 'data-jump': step.at }, step.label)]),
      ),
    ),
  );
}
