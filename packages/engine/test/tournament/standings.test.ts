import { describe, expect, it } from 'vitest';
import { planTournament } from '../../src/tournament/plan.js';
import { standingsOf, type TournamentResult } from '../../src/tournament/standings.js';
import { outcomeOf } from '../../src/outcome/outcome.js';
import { playGame } from '../../src/game/run.js';
import { builtinStrategy } from '../../src/strategies/builtin.js';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('us-russia-bilateral');
const entrant = (id: string) => ({ name: id, meta: builtinStrategy(id)!.meta });
const plan = planTournament(scenario, { entrants: [entrant('norm-entrepreneur'), entrant('realist'), entrant('free-rider')], focus: ['usa'], repetitions: 6, seed: 's' });
const base = outcomeOf(playGame(scenario, { seed: 's/0' }));

/** Results made up so the standings are known: welfare of usa = 1 + entrant bonus + repetition / 10 (baseline bonus 0). */
function madeUp(bonus: Record<string, number>, failing: (index: number) => boolean = () => false) {
  return (index: number): TournamentResult => {
    const game = plan.games[index]!;
    if (failing(index)) return { ok: false, error: 'hung', culprit: game.entrant };
    const welfare = 1 + (game.entrant === null ? 0 : bonus[game.entrant]!) + game.repetition / 10;
    // The free-rider's gain costs every other actor 0.1.
    const others = Object.fromEntries(Object.entries(base.welfareBy).map(([id, w]) => [id, game.entrant === 'free-rider' ? w - 0.1 : w]));
    return { ok: true, outcome: { ...base, welfareBy: { ...others, usa: welfare } }, faultsBy: game.entrant === 'free-rider' ? { usa: 2 } : {} };
  };
}

describe('standingsOf', () => {
  it('ranks by the paired difference with the default, with win shares, faults and a zero-width interval for a constant difference', () => {
    const s = standingsOf(plan, madeUp({ 'norm-entrepreneur': -0.5, realist: 0, 'free-rider': 0.25 }));
    expect(s.ranking.map((r) => [r.rank, r.entrant])).toEqual([[1, 'free-rider'], [2, 'realist'], [3, 'norm-entrepreneur']]);
    const top = s.ranking[0]!;
    expect(top.delta.mean).toBeCloseTo(0.25, 12);
    expect(top.delta.ci95[1] - top.delta.ci95[0]).toBeCloseTo(0, 12);
    expect(top.winShare).toBe(1);
    expect(s.ranking[1]!.winShare).toBe(0.5); // ties count half
    expect(s.ranking[2]!.winShare).toBe(0);
    expect(top.faults).toBe(12);
    expect(top.others.mean).toBeCloseTo(-0.1, 12);
    expect(s.ranking[1]!.others.mean).toBeCloseTo(0, 12);
    expect(top.welfare.mean).toBeCloseTo(1.25 + 0.25, 12);
    expect(s.defaults.welfare.mean).toBeCloseTo(1.25, 12);
    expect(s.bySeat).toHaveLength(3);
    expect(s.failures).toEqual([]);
  });

  it('leaves failed games out of the figures and lists them', () => {
    const failing = (i: number) => plan.games[i]!.entrant === 'realist' && plan.games[i]!.repetition < 2;
    const s = standingsOf(plan, madeUp({ 'norm-entrepreneur': 0, realist: 0.1, 'free-rider': 0 }, failing));
    const realist = s.ranking.find((r) => r.entrant === 'realist')!;
    expect(realist.games).toBe(4);
    expect(realist.failed).toBe(2);
    expect(realist.welfare.n).toBe(4);
    expect(s.failures.map((f) => f.game.repetition)).toEqual([0, 1]);
  });
});
