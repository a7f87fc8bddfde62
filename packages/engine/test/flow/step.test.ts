import { describe, expect, it } from 'vitest';
import { advance, admissible, beginGame, stepComplete, submit } from '../../src/flow/step.js';
import { compiledPhaseDriver } from '../../src/flow/machine.js';
import { blankSheet } from '../../src/flow/sheets.js';
import { fallbackSheet } from '../../src/flow/fallback.js';
import { createState } from '../../src/state/create.js';
import { resolveSeats } from '../../src/game/seats.js';
import type { GameState } from '../../src/state/types.js';
import { SCENARIO_IDS, drive, everySeat, loadScenario, stepBound } from '../support/scenarios.js';
import { invariantProblems } from '../support/invariants.js';

const SEEDS = 30;

describe.each(SCENARIO_IDS)('step by step on the internal path: %s', (id) => {
  const scenario = loadScenario(id);
  const bound = stepBound(scenario);

  it.each([
    ['the scenario bots', undefined],
    ['random players in every seat', everySeat(scenario, 'random')],
  ])(`keeps every invariant after every step with ${SEEDS} seeds of %s, and ends within ${bound} steps`, (_label, seats) => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const problems: string[] = [];
      const final = drive(scenario, {
        seed,
        seats,
        maxSteps: bound,
        onStep: (state) => problems.push(...invariantProblems(state)),
      });
      expect(problems, `seed ${seed}`).toEqual([]);
      expect(final.flow.phase).toBe('concluded');
      expect(final.history.length).toBeLessThanOrEqual(bound);
      expect(final.world.tally.faults, 'built-in strategies give legal sheets').toBe(0);
    }
  });
});

describe('the invariant checker itself', () => {
  it('notices broken invariants', () => {
    const state = drive(loadScenario('rsa-2017'), { seed: 1 });
    expect(invariantProblems(state)).toEqual([]);
    const usa = state.actors.findIndex((a) => a.id === 'usa');
    state.world.public.text[0] = 1.2;
    state.world.public.signed[usa] = false;
    state.world.public.ratified[usa] = true;
    state.world.private[0]!.trust[1] = -0.1;
    state.world.public.pressure[2] = -1;
    const problems = invariantProblems(state).join('\n');
    expect(problems).toMatch(/text\[0\] = 1.2/);
    expect(problems).toMatch(/usa ratified without signing/);
    expect(problems).toMatch(/trust\[0\]\[1\] = -0.1/);
    expect(problems).toMatch(/pressure\[2\] = -1/);
  });
});

describe('the step driver', () => {
  const scenario = loadScenario('rsa-2017');
  const start = (): GameState => {
    const state = createState(scenario, 'driver', resolveSeats(scenario));
    beginGame(state, compiledPhaseDriver);
    return state;
  };

  it('begins at the drafting step with a request for the chair only', () => {
    const state = start();
    expect(state.flow.phase).toBe('drafting');
    expect(state.flow.step.requests.map((r) => r.actor)).toEqual([scenario.rules.chair]);
  });

  it('refuses a sheet from a seat with no request, or twice from the same seat, and changes nothing', () => {
    const state = start();
    const before = JSON.stringify(state);
    expect(submit(state, 0, blankSheet('drafting'))?.code).toBe('not-your-turn');
    expect(JSON.stringify(state)).toBe(before);
    const chair = state.flow.step.requests[0]!.seat;
    expect(submit(state, chair, blankSheet('vote'))?.code).toBe('wrong-phase');
    expect(submit(state, chair, blankSheet('drafting'))).toBeNull();
    const afterFirst = JSON.stringify(state);
    expect(admissible(state, chair, blankSheet('drafting'))?.code).toBe('already-decided');
    expect(submit(state, chair, blankSheet('drafting'))?.code).toBe('already-decided');
    expect(JSON.stringify(state)).toBe(afterFirst);
  });

  it('does not resolve an incomplete step unless forced; forcing records a fault per missing seat', () => {
    const state = start();
    expect(stepComplete(state)).toBe(false);
    expect(advance(state, compiledPhaseDriver)).toBe(false);
    expect(state.flow.phase).toBe('drafting');
    const asked = state.flow.step.requests.length;
    expect(advance(state, compiledPhaseDriver, true)).toBe(true);
    expect(state.flow.phase).toBe('negotiation');
    expect(state.world.tally.faults).toBe(asked);
    expect(state.history[0]!.faults).toHaveLength(asked);
    expect(state.log.filter((e) => e.type === 'fault')).toHaveLength(asked);
  });

  it('resolves a step from the fallback sheets exactly as from the same sheets submitted', () => {
    const forced = start();
    advance(forced, compiledPhaseDriver, true);
    const submitted = start();
    for (const r of submitted.flow.step.requests) expect(submit(submitted, r.seat, fallbackSheet(submitted, r))).toBeNull();
    advance(submitted, compiledPhaseDriver);
    // Same world, same next step; only the fault record differs.
    expect(JSON.stringify(submitted.world.public.text)).toBe(JSON.stringify(forced.world.public.text));
    expect(submitted.flow.phase).toBe(forced.flow.phase);
    expect(submitted.flow.step.index).toBe(forced.flow.step.index);
  });

  it('refuses everything once the game is over', () => {
    const final = drive(scenario, { seed: 3 });
    expect(admissible(final, 0, blankSheet('vote'))?.code).toBe('game-over');
    expect(advance(final, compiledPhaseDriver, true)).toBe(false);
  });
});
