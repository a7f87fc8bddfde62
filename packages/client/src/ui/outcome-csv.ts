/**
 * A game's outcome as CSV (a header and one row, the columns of `geneva batch`'s outcome fields),
 * so a class's tables can be pasted together and compared in a spreadsheet.
 */
import { flattenOutcome, type GameState, outcomeOf } from '@geneva/engine';

/** One CSV field, quoted when it must be (RFC 4180). */
function field(value: string | number | boolean): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The outcome of a finished game as CSV text: scenario, seed and seats first, then every outcome field.
 *
 * @example
 * download('class-3.outcome.csv', outcomeCsv(final), 'text/csv');
 */
export function outcomeCsv(game: GameState): string {
  const cells: Record<string, string | number | boolean> = {
    scenario: game.scenarioId,
    scenarioHash: game.scenarioHash,
    seed: game.seed,
    humans: game.actors.filter((a) => game.seats[a.index] === 'human').map((a) => a.id).join(';'),
    ...flattenOutcome(outcomeOf(game)),
  };
  return `${Object.keys(cells).map(field).join(',')}\n${Object.values(cells).map(field).join(',')}\n`;
}
