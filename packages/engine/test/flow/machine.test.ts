import { describe, expect, it } from 'vitest';
import {
  blameDue,
  compiledPhaseDriver,
  phaseMachine,
  phaseOf,
  purePhaseDriver,
  responseDue,
  stateValueOf,
  voteDue,
  type PhaseDriver,
} from '../../src/flow/machine.js';
import { actorPhaseDriver } from '../../src/game/run.js';
import { PHASES, type GameState, type Phase } from '../../src/state/types.js';
import { SCENARIO_IDS, drive, everySeat, freshState, loadScenario } from '../support/scenarios.js';

/** A driver that asks both the compiled table and XState's pure `transition`, and records disagreements. */
function comparing(mismatches: string[], visited: Set<string>): PhaseDriver {
  return (game: GameState) => {
    const compiled = compiledPhaseDriver(game);
    const pure = purePhaseDriver(game);
    visited.add(`${game.flow.phase}→${pure}`);
    if (compiled !== pure) mismatches.push(`step ${game.flow.step.index} in ${game.flow.phase}: compiled ${compiled}, XState ${pure}`);
    return pure;
  };
}

describe('the compiled statechart driver', () => {
  it('agrees with XState on every transition of random and bot games in every scenario', () => {
    const mismatches: string[] = [];
    const visited = new Set<string>();
    for (const id of SCENARIO_IDS) {
      const scenario = loadScenario(id);
      for (let seed = 0; seed < 12; seed++) {
        drive(scenario, { seed, driver: comparing(mismatches, visited) });
        drive(scenario, { seed, seats: everySeat(scenario, 'random'), driver: comparing(mismatches, visited) });
      }
    }
    expect(mismatches).toEqual([]);
    // The games exercised every transition of the chart (otherwise the comparison proves little).
    for (const edge of [
      'drafting→negotiation', 'negotiation→negotiation', 'negotiation→vote', 'vote→negotiation', 'vote→signature',
      'vote→operations', 'signature→ratification', 'ratification→operations', 'operations→operations', 'operations→blame',
      'blame→response', 'blame→operations', 'response→operations', 'operations→concluded',
    ]) expect(visited, edge).toContain(edge);
  });

  it('agrees with a long-lived XState actor too', () => {
    const scenario = loadScenario('rsa-2017');
    for (let seed = 0; seed < 5; seed++) {
      const phases: Phase[][] = [[], []];
      drive(scenario, {
        seed,
        seats: everySeat(scenario, 'random'),
        driver: (() => {
          let actor: PhaseDriver | null = null;
          return (game) => {
            actor ??= actorPhaseDriver(game);
            const a = actor(game);
            const c = compiledPhaseDriver(game);
            phases[0]!.push(a);
            phases[1]!.push(c);
            return c;
          };
        })(),
      });
      expect(phases[0]).toEqual(phases[1]);
    }
  });

  it('maps every phase to a statechart value and back', () => {
    for (const phase of PHASES) {
      const snapshot = phaseMachine.resolveState({ value: stateValueOf(phase), context: {} });
      expect(phaseOf(snapshot)).toBe(phase);
    }
  });
});

describe('the guards', () => {
  it('put the text to a vote at firstVote, every revoteEvery rounds after, and at the last round', () => {
    const state = freshState('rsa-2017');
    const { firstVote, revoteEvery, rounds } = state.scenario.rules;
    const due = [];
    for (let round = 1; round <= rounds; round++) {
      state.flow.round = round;
      if (voteDue(state)) due.push(round);
    }
    const expected = [];
    for (let r = firstVote; r <= rounds; r += revoteEvery) expected.push(r);
    if (!expected.includes(rounds)) expected.push(rounds);
    expect(due).toEqual(expected);
  });

  it('call for blame and response only when a state has something to decide', () => {
    const state = freshState('rsa-2017');
    expect(blameDue(state)).toBe(false);
    expect(responseDue(state)).toBe(false);
    const p = state.world.private.find((q) => q.kind === 'state')!;
    if (p.kind !== 'state') throw new Error('unreachable');
    p.toBlame.push({ incident: 0, year: 1, suspect: -1, confidence: 0.5 });
    expect(blameDue(state)).toBe(true);
    p.accusations.push({ incident: 0, by: -1 });
    expect(responseDue(state)).toBe(true);
  });

  it('send a failed vote back to negotiation while rounds remain, else to the implementation years', () => {
    const state = freshState('rsa-2017');
    state.flow.phase = 'vote';
    state.flow.adopted = false;
    state.flow.round = 6;
    expect(compiledPhaseDriver(state)).toBe('negotiation');
    state.flow.round = state.scenario.rules.rounds;
    expect(compiledPhaseDriver(state)).toBe('operations');
    state.flow.adopted = true;
    expect(compiledPhaseDriver(state)).toBe('signature');
    expect(purePhaseDriver(state)).toBe('signature');
  });

  it('skip ratification when nobody signed', () => {
    const state = freshState('rsa-2017');
    state.flow.phase = 'signature';
    expect(compiledPhaseDriver(state)).toBe('operations');
    state.world.public.signed[0] = true;
    expect(compiledPhaseDriver(state)).toBe('ratification');
  });

  it('end the game after the last year', () => {
    const scenario = loadScenario('us-russia-bilateral');
    const final = drive(scenario, { seed: 1 });
    expect(final.flow.year).toBe(scenario.horizon.years);
    expect(final.log.at(-1)!.type).toBe('concluded');
  });
});
