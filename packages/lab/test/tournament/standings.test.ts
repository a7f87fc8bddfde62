import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planTournament, type TournamentGame, type TournamentPlan } from '../../src/tournament/plan.js';
import { standingsOf, type Standings, type TournamentResult } from '../../src/tournament/standings.js';
import { outcomeOf, playGame, builtinStrategy } from '@geneva/engine';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('us-russia-bilateral');
const stateMeta = builtinStrategy('realist')!.meta;
const entrant = (id: string) => ({ name: id, meta: builtinStrategy(id)?.meta ?? stateMeta });
const plan = planTournament(scenario, { entrants: [entrant('norm-entrepreneur'), entrant('realist'), entrant('free-rider')], focus: ['usa'], repetitions: 6, seed: 's' });
const base = outcomeOf(playGame(scenario, { seed: 's/0' }));

/** A finished game in which the seats have these welfares (every other actor as in `base`, less `othersLoss`). */
function finished(welfare: Record<string, number>, faultsBy: Record<string, number> = {}, othersLoss = 0): TournamentResult {
  const others = Object.fromEntries(Object.entries(base.welfareBy).map(([id, w]) => [id, w - othersLoss]));
  return { ok: true, outcome: { ...base, welfareBy: { ...others, ...welfare } }, faultsBy };
}

/** Results made up so the standings are known: welfare of usa = 1 + entrant bonus + repetition / 10 (baseline bonus 0). */
function madeUp(bonus: Record<string, number>, failing: (game: TournamentGame) => TournamentResult | null = () => null) {
  return (index: number): TournamentResult => {
    const game = plan.games[index]!;
    const failed = failing(game);
    if (failed !== null) return failed;
    const welfare = 1 + (game.entrant === null ? 0 : bonus[game.entrant]!) + game.repetition / 10;
    // The free-rider's gain costs every other actor 0.1.
    return finished({ usa: welfare }, game.entrant === 'free-rider' ? { usa: 2 } : {}, game.entrant === 'free-rider' ? 0.1 : 0);
  };
}

const hung = (culprit: string | null): TournamentResult => ({ ok: false, error: 'hung', culprit });
const find = (s: Standings, name: string) => s.ranking.find((r) => r.entrant === name)!;

describe('standingsOf', () => {
  it('ranks by the paired difference with the default, with win shares, faults and a zero-width interval for a constant difference', () => {
    const s = standingsOf(plan, madeUp({ 'norm-entrepreneur': -0.5, realist: 0, 'free-rider': 0.25 }));
    expect(s.ranking.map((r) => [r.rank, r.entrant])).toEqual([[1, 'free-rider'], [2, 'realist'], [3, 'norm-entrepreneur']]);
    const top = s.ranking[0]!;
    expect(top.delta.mean).toBeCloseTo(0.25, 12);
    expect(top.delta.ci95![1] - top.delta.ci95![0]).toBeCloseTo(0, 12);
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
    expect(s.voids).toEqual([]);
  });

  it('counts a game its own strategy failed as a forfeit: a loss at the worst welfare of its seat and seed', () => {
    // The realist, best by far, fails its first two games; the norm-entrepreneur is 0.5 below the default.
    const failing = (g: TournamentGame) => (g.entrant === 'realist' && g.repetition < 2 ? hung('realist') : null);
    const s = standingsOf(plan, madeUp({ 'norm-entrepreneur': -0.5, realist: 1, 'free-rider': 0 }, failing));
    const realist = find(s, 'realist');
    expect([realist.games, realist.forfeits, realist.failed, realist.voided]).toEqual([4, 2, 2, 0]);
    expect(realist.delta.n).toBe(6);
    // Forfeits score the norm-entrepreneur's welfare, the worst there: a difference of -0.5 and no win.
    expect(realist.delta.mean).toBeCloseTo((4 * 1 + 2 * -0.5) / 6, 12);
    expect(realist.winShare).toBeCloseTo(4 / 6, 12);
    expect(realist.others.n).toBe(4); // a forfeit has no outcome to compare the others' welfare in
    expect(s.failures.map((f) => [f.game.repetition, f.counted])).toEqual([[0, 'forfeit'], [1, 'forfeit']]);
    expect(s.voids).toEqual([]);
    // The others' figures do not move.
    expect(find(s, 'norm-entrepreneur').delta.mean).toBeCloseTo(-0.5, 12);
  });

  it('scores a forfeit at the default welfare at best: failing never looks better than the default', () => {
    const failing = (g: TournamentGame) => (g.entrant === 'free-rider' ? hung('free-rider') : null);
    const s = standingsOf(plan, madeUp({ 'norm-entrepreneur': 0.5, realist: 0.2, 'free-rider': 0 }, failing));
    const rider = find(s, 'free-rider');
    expect(rider.delta.mean).toBe(0);
    expect(rider.winShare).toBe(0);
    expect(rider.rank).toBe(3);
  });

  it('ranks a forfeit scored at the default below an entrant that played the default game itself (same difference, no wins)', () => {
    // The realist is usa's default: its games are the baselines, and every forfeit scores the default's welfare.
    const failing = (g: TournamentGame) => (g.entrant === 'free-rider' ? hung('free-rider') : null);
    const s = standingsOf(plan, madeUp({ 'norm-entrepreneur': 0.1, realist: 0, 'free-rider': 0 }, failing));
    expect(s.ranking.map((r) => [r.rank, r.entrant, r.delta.mean])).toEqual([[1, 'norm-entrepreneur', expect.closeTo(0.1, 12)], [2, 'realist', 0], [3, 'free-rider', 0]]);
  });

  it('voids a seat on a seed for every entrant when a game there failed by someone else, and a whole seed when its default game failed', () => {
    const failing = (g: TournamentGame) =>
      g.entrant === 'free-rider' && g.repetition === 2 ? hung('reciprocator') : g.entrant === 'realist' && g.repetition === 3 ? hung(null) : g.entrant === null && g.repetition === 5 ? hung('realist') : null;
    const s = standingsOf(plan, madeUp({ 'norm-entrepreneur': 0, realist: 0, 'free-rider': 0 }, failing));
    expect(s.voids.map((v) => [v.repetition, v.focus])).toEqual([[5, null], [3, 'usa'], [2, 'usa']]);
    for (const r of s.ranking) {
      expect(r.delta.n, r.entrant).toBe(3);
      expect(r.voided, r.entrant).toBe(3);
      expect(r.forfeits, r.entrant).toBe(0);
    }
    expect(find(s, 'norm-entrepreneur').games).toBe(6);
    expect(find(s, 'free-rider').games).toBe(5);
    expect(find(s, 'free-rider').failed).toBe(1);
    expect(s.failures.map((f) => f.counted)).toEqual(['baseline', 'void', 'void']);
  });

  it('gives entrants with equal results the same rank (1, 1, 3), whatever their names', () => {
    const s = standingsOf(plan, madeUp({ 'norm-entrepreneur': 0.3, realist: 0.3, 'free-rider': 0.1 }));
    expect(s.ranking.map((r) => [r.rank, r.entrant])).toEqual([[1, 'norm-entrepreneur'], [1, 'realist'], [3, 'free-rider']]);
  });

  it('takes the seed as the unit: several focus seats are averaged per seed before the interval', () => {
    const twoSeats = planTournament(scenario, { entrants: [entrant('realist')], focus: ['usa', 'rus'], repetitions: 5, seed: 's' });
    // Per seed the two seats' differences are +r and -r (perfectly anti-correlated): the seed means are all 0.
    const s = standingsOf(twoSeats, (i) => {
      const g = twoSeats.games[i]!;
      const d = g.entrant === null ? 0 : g.focus === 'usa' ? g.repetition : -g.repetition;
      return finished({ usa: 1 + (g.focus === 'usa' ? d : 0), rus: 1 + (g.focus === 'rus' ? d : 0) });
    });
    const realist = s.ranking[0]!;
    expect(realist.delta.n).toBe(5);
    expect(realist.delta.mean).toBe(0);
    expect(realist.delta.ci95).toEqual([0, 0]);
    expect(s.bySeat.map((b) => [b.seats[0], b.delta.n, b.delta.mean])).toEqual([['usa', 5, 2], ['rus', 5, -2]]);
  });
});

/** Entrant names for the properties (any strings: ranks must not depend on them). */
const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 4 });
const welfares = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 64, maxLength: 64 });

function planOf(entrants: readonly string[], repetitions = 4): TournamentPlan {
  return planTournament(scenario, { entrants: entrants.map((name) => ({ name, meta: stateMeta })), focus: ['usa', 'rus'], repetitions, seed: 'p' });
}

/** The welfare of a seat in a game: drawn per (entrant position, seat, repetition), so renaming keeps it. */
function welfareOf(plan: TournamentPlan, w: readonly number[], order: readonly string[], game: TournamentGame): number {
  const who = game.entrant === null ? 0 : 1 + order.indexOf(game.entrant);
  return w[(who * 8 + (game.focus === 'rus' ? 4 : 0) + game.repetition) % w.length]!;
}

const byIndex = (plan: TournamentPlan, result: (g: TournamentGame) => TournamentResult) => (i: number) => result(plan.games[i]!);
const seatWelfare = (v: number) => ({ usa: v, rus: v });

describe('standings: invariants', () => {
  it('ranks do not depend on the entrants’ names', () => {
    fc.assert(
      fc.property(names, welfares, fc.func(fc.string({ minLength: 1, maxLength: 6 })), (entrants, w, rename) => {
        const renamed = entrants.map((e, k) => `${rename(e)}#${k}`);
        const a = planOf(entrants);
        const b = planOf(renamed);
        const ra = standingsOf(a, byIndex(a, (g) => finished(seatWelfare(welfareOf(a, w, entrants, g)))));
        const rb = standingsOf(b, byIndex(b, (g) => finished(seatWelfare(welfareOf(b, w, renamed, g)))));
        const rankIn = (s: Standings, name: string) => s.ranking.find((r) => r.entrant === name)!.rank;
        expect(renamed.map((n) => rankIn(rb, n))).toEqual(entrants.map((n) => rankIn(ra, n)));
      }),
    );
  });

  it('entrants with the same results share a rank and every figure', () => {
    fc.assert(
      fc.property(names, welfares, (entrants, w) => {
        const twin = `${entrants[0]}\u0001twin`;
        const p = planOf([...entrants, twin]);
        const s = standingsOf(p, byIndex(p, (g) => finished(seatWelfare(welfareOf(p, w, entrants, g.entrant === twin ? { ...g, entrant: entrants[0]! } : g)))));
        const [one, two] = [entrants[0]!, twin].map((n) => s.ranking.find((r) => r.entrant === n)!);
        expect(one!.rank).toBe(two!.rank);
        expect({ ...one, entrant: '' }).toEqual({ ...two, entrant: '' });
      }),
    );
  });

  it('a failed game never raises an entrant’s standing above finishing it with at least the worst result on its seed', () => {
    fc.assert(
      fc.property(names, welfares, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.nat(), (entrants, w, fails, pick) => {
        const p = planOf(entrants);
        const who = entrants[pick % entrants.length]!;
        const failing = (g: TournamentGame) => g.entrant === who && fails[(g.focus === 'rus' ? 4 : 0) + g.repetition]!;
        const raw = (g: TournamentGame) => welfareOf(p, w, entrants, g);
        // The seed's worst: the default and every other entrant's finished game in that seat.
        const worst = (g: TournamentGame) => Math.min(...p.games.filter((h) => h.repetition === g.repetition && (h.entrant === null || (h.focus === g.focus && h.entrant !== who))).map(raw));
        const played = standingsOf(p, byIndex(p, (g) => finished(seatWelfare(failing(g) ? Math.max(raw(g), worst(g)) : raw(g)))));
        const failed = standingsOf(p, byIndex(p, (g) => (failing(g) ? hung(who) : finished(seatWelfare(raw(g))))));
        const [a, b] = [played, failed].map((s) => s.ranking.find((r) => r.entrant === who)!);
        expect(b!.delta.mean).toBeLessThanOrEqual(a!.delta.mean + 1e-12);
        expect(b!.winShare).toBeLessThanOrEqual(a!.winShare + 1e-12);
        expect(b!.rank).toBeGreaterThanOrEqual(a!.rank);
        for (const other of entrants.filter((e) => e !== who)) expect(failed.ranking.find((r) => r.entrant === other)!.delta).toEqual(played.ranking.find((r) => r.entrant === other)!.delta);
      }),
    );
  });
});
