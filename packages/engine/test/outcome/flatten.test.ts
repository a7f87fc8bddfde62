import { describe, expect, it } from 'vitest';
import { flattenOutcome } from '../../src/outcome/flatten.js';
import { outcomeOf } from '../../src/outcome/outcome.js';
import { playGame } from '../../src/game/run.js';
import { ARTICLES } from '../../src/scenario/articles.js';
import { loadScenario } from '../support/scenarios.js';

describe('flattenOutcome', () => {
  it('keeps every scalar field, joins id lists with ; and spreads text and welfare into dotted columns', () => {
    const outcome = outcomeOf(playGame(loadScenario('rsa-2017'), { seed: 3 }));
    const row = flattenOutcome(outcome);
    expect(row['inForce']).toBe(outcome.inForce);
    expect(row['civilianHarm']).toBe(outcome.civilianHarm);
    expect(row['ratifiedBy']).toBe(outcome.ratifiedBy.join(';'));
    for (const article of ARTICLES) expect(row[`text.${article}`]).toBe(outcome.text[article]);
    expect(row['welfareBy.usa']).toBe(outcome.welfareBy['usa']);
    expect(Object.values(row).every((v) => ['string', 'number', 'boolean'].includes(typeof v))).toBe(true);
    expect(row['text']).toBeUndefined();
  });
});
