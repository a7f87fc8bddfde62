/**
 * The debrief's series (packages/client/src/debrief/series.ts, pure) against direct computations
 * from the states of a whole bot game and against the engine's outcome.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLES, createGame, isOver, outcomeOf, playBots, type GameState } from '@geneva/engine';
import { debriefSeries, stepLabel, timelineIndexOfEvents } from '../../packages/client/src/debrief/series.js';
import { keyEventGroups } from '../../packages/client/src/debrief/key-events.js';
import { loadScenario } from '../conformance/support.js';

/** rsa-2017, seed 3, one state per step (states[k] = the game after k steps). */
function playStates(): GameState[] {
  let game = createGame(loadScenario('rsa-2017'), { seed: 3 });
  const states = [game];
  while (!isOver(game)) {
    game = playBots(game, undefined, 1);
    states.push(game);
  }
  return states;
}

const states = playStates();
const final = states.at(-1)!;
const outcome = outcomeOf(final);
const series = debriefSeries(states);

describe('debrief series', () => {
  it('has one point per state on every per-step series', () => {
    expect(series.x).toEqual(states.map((_, k) => k));
    for (const line of [series.labels, series.bodyTrust, series.pairTrust, ...series.articles.map((a) => a.values)]) {
      expect(line).toHaveLength(states.length);
    }
    expect(series.ticks[0]).toBe(0);
    // Each point is labelled by the step that led to it.
    expect(series.labels[0]).toBe('start');
    expect(series.labels.slice(1)).toEqual(final.history.map((r) => stepLabel(r.phase, r.round, r.year)));
  });

  it('ends the article lines on the final public text, with the scenario titles', () => {
    expect(series.articles.map((a) => a.id)).toEqual([...ARTICLES]);
    series.articles.forEach((a, k) => {
      expect(a.values.at(-1)).toBe(final.world.public.text[k]);
      expect(a.values[0]).toBe(states[0]!.world.public.text[k]);
      expect(a.title).toBe(final.scenario.articles[a.id].title);
      expect(a.values.at(-1)).toBeCloseTo(outcome.text[a.id], 6);
    });
  });

  it('computes trust as the engine does', () => {
    expect(series.bodyTrust.at(-1)).toBeCloseTo(outcome.attributionTrust, 6);
    const s = states[Math.floor(states.length / 2)]!;
    const n = s.actors.length;
    let sum = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) sum += s.world.private[i]!.trust[j]!;
    expect(series.pairTrust[Math.floor(states.length / 2)]).toBeCloseTo(sum / (n * (n - 1)), 12);
    for (const t of [...series.bodyTrust, ...series.pairTrust]) expect(t >= 0 && t <= 1).toBe(true);
  });

  it('adds the years up to the outcome totals, and counts incidents by their year', () => {
    expect(series.years.map((y) => y.year)).toEqual(Array.from({ length: final.flow.year + 1 }, (_, y) => y));
    expect(series.years.reduce((s, y) => s + y.incidents, 0)).toBe(outcome.incidents);
    expect(series.years.reduce((s, y) => s + y.harm, 0)).toBeCloseTo(outcome.civilianHarm, 6);
    for (const y of series.years) {
      expect(y.incidents).toBe(final.world.public.incidents.filter((i) => i.year === y.year).length);
      expect(states[y.firstIndex]!.flow.year).toBe(y.year);
    }
    expect(outcome.incidents).toBeGreaterThan(0);
  });

  it('finds who signed, ratified and withdrew, and when', () => {
    const p = series.participation;
    expect(p.filter((s) => s.signedAt !== null).map((s) => s.id)).toEqual(outcome.signedBy.filter((id) => p.some((s) => s.id === id)));
    expect(p.filter((s) => s.ratifiedAt !== null).map((s) => s.id)).toEqual(outcome.ratifiedBy);
    expect(p.filter((s) => s.withdrewAt !== null)).toHaveLength(outcome.withdrawals);
    for (const s of p) {
      if (s.ratifiedAt !== null) {
        const i = final.actors.findIndex((a) => a.id === s.id);
        expect(states[s.ratifiedAt]!.world.public.ratified[i]).toBe(true);
        expect(states[s.ratifiedAt - 1]!.world.public.ratified[i]).toBe(false);
      }
    }
  });

  it('maps every event to the first state that holds it, right after the step that produced it', () => {
    const at = timelineIndexOfEvents(states);
    expect(at).toHaveLength(final.log.length);
    final.log.forEach((event, p) => {
      const k = at[p]!;
      expect(states[k]!.log[p]).toEqual(event);
      if (k > 0) expect(states[k - 1]!.log.length).toBeLessThanOrEqual(p);
      // An event of a resolved step is shown in the state right after that step.
      if (states[k]!.history.some((r) => r.index === event.step)) expect(states[k]!.history.at(-1)!.index).toBe(event.step);
    });
  });

  it('groups the key events by round, phase and year, with jump indices in range', () => {
    const groups = keyEventGroups(states);
    const events = groups.flatMap((g) => g.events);
    expect(groups.map((g) => g.title)).toContain('Negotiation, round 1');
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    for (const e of events) expect(e.timelineIndex >= 0 && e.timelineIndex < states.length).toBe(true);
    expect(events.some((e) => e.type === 'lobbied' || e.type === 'statement')).toBe(false);
    // Alike events of one step share a line ("A, B and C signed"), and none is lost.
    expect(events.filter((e) => e.type === 'signed').reduce((n, e) => n + e.count, 0)).toBe(outcome.signatories);
    expect(events.filter((e) => e.type === 'ratified').reduce((n, e) => n + e.count, 0)).toBe(outcome.ratifications);
  });
});
