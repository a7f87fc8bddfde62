import { describe, expect, it } from 'vitest';
import { flattenOutcome, outcomeOf, playGame } from '@geneva/engine';
import { outcomeCsv } from '../../src/ui/outcome-csv.js';
import { shippedScenarios } from '../../src/scenarios.js';

describe('outcomeCsv', () => {
  it('writes a header and one row with every outcome field, quoting where CSV needs it', () => {
    const game = playGame(shippedScenarios.get('rsa-2017')!, { seed: 'a, "quoted" seed' });
    const [header, row, rest] = outcomeCsv(game).split('\n');
    expect(rest).toBe('');
    const flat = flattenOutcome(outcomeOf(game));
    expect(header!.split(',')).toEqual(['scenario', 'scenarioHash', 'seed', 'humans', ...Object.keys(flat)]);
    expect(row!.startsWith(`rsa-2017,${game.scenarioHash},"a, ""quoted"" seed",,`)).toBe(true);
    expect(row!.endsWith(Object.values(flat).map(String).slice(-3).join(','))).toBe(true);
  });
});
