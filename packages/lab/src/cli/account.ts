/**
 * The readable account of a finished game, for people (a diplomacy teacher, a class): the header,
 * the timeline by phase, round and year, the final text, the result and the outcome table.
 * Plain text of about a hundred lines; no colours.
 */
import { ENGINE_VERSION, outcomeOf, type GameState } from '@geneva/engine';
import { accountContext } from './account/context.js';
import { outcomeTable } from './account/outcome-table.js';
import { resultLines } from './account/result.js';
import { textLines } from './account/text.js';
import { timelineLines } from './account/timeline.js';
import { wrap } from './account/format.js';

/**
 * The account of a finished game, as lines.
 *
 * @example
 * console.log(accountLines(playGame(scenario, { seed: 1 })).join('\n'));
 */
export function accountLines(state: GameState): string[] {
  const context = accountContext(state);
  const outcome = outcomeOf(state);
  return [
    ...headerLines(state),
    '',
    'TIMELINE',
    ...timelineLines(context),
    '',
    'FINAL TEXT  (each article from 0, absent or weakest, to 1, strongest; as tabled → final)',
    ...textLines(context, outcome),
    '',
    'RESULT',
    ...resultLines(context, outcome),
    '',
    'OUTCOME  (the fields of --json)',
    ...outcomeTable(outcome),
  ];
}

/** The title, the scenario, the seed and who sat at the table. */
function headerLines(state: GameState): string[] {
  const count = (kind: string, noun: string) => {
    const n = state.actors.filter((a) => a.kind === kind).length;
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  const seats = `${count('state', 'state')}, ${count('firm', 'firm')}, ${count('civil', 'civil-society actor')}`;
  return [
    ...wrap(`GENEVA — ${state.scenario.title}`),
    `Scenario ${state.scenarioId} · seed ${state.seed} · ${seats} · engine ${ENGINE_VERSION}`,
    ...wrap(`Strategies: ${strategiesLine(state)}`),
  ];
}

/** Which strategy played which seats: `realist: usa, isr; reciprocator: gbr, jpn…`. */
function strategiesLine(state: GameState): string {
  const bySeat = new Map<string, string[]>();
  for (const actor of state.actors) {
    const strategy = state.seats[actor.index] ?? '?';
    bySeat.set(strategy, [...(bySeat.get(strategy) ?? []), actor.id]);
  }
  return [...bySeat].map(([strategy, ids]) => `${strategy} (${ids.join(', ')})`).join('; ');
}
