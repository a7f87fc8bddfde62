import { describe, expect, it } from 'vitest';
import { planTournament, repetitionSeed } from '../../src/tournament/plan.js';
import { builtinStrategy } from '@geneva/engine';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('us-russia-bilateral');
const entrant = (id: string) => ({ name: id, meta: builtinStrategy(id)!.meta });

describe('planTournament', () => {
  it('plays one baseline per seed, then every entrant in every focus seat of its kind on the same seeds', () => {
    const plan = planTournament(scenario, { entrants: [entrant('realist'), entrant('neutral-firm')], focus: ['usa', 'microsoft'], repetitions: 3, seed: 'x' });
    expect(plan.games.map((g) => [g.entrant, g.focus, g.seed])).toEqual([
      [null, null, 'x/0'], [null, null, 'x/1'], [null, null, 'x/2'],
      ['realist', 'usa', 'x/0'], ['realist', 'usa', 'x/1'], ['realist', 'usa', 'x/2'],
      ['neutral-firm', 'microsoft', 'x/0'], ['neutral-firm', 'microsoft', 'x/1'], ['neutral-firm', 'microsoft', 'x/2'],
    ]);
    expect(plan.games.map((g) => g.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan.games[3]!.seats).toEqual({ usa: 'realist' });
    expect(plan.games[0]!.seats).toEqual({});
    expect(repetitionSeed('x', 2)).toBe('x/2');
  });

  it('focuses by default on every seat of a kind some entrant plays', () => {
    const plan = planTournament(scenario, { entrants: [entrant('advocacy-ngo')], repetitions: 1, seed: '1' });
    expect(plan.focus).toEqual(Object.keys(scenario.actors).filter((id) => scenario.actors[id]!.kind === 'civil'));
  });

  it('names an unknown focus seat, and an entrant with no seat to play', () => {
    expect(() => planTournament(scenario, { entrants: [entrant('realist')], focus: ['atlantis'], repetitions: 1, seed: '1' })).toThrow(/no actor "atlantis"/);
    expect(() => planTournament(scenario, { entrants: [entrant('realist')], focus: ['microsoft'], repetitions: 1, seed: '1' })).toThrow(/realist plays state seats, and no focus seat \(microsoft\) is one/);
  });
});
