/**
 * What the engine hands any strategy in-process cannot be turned against the game (issue 16, must
 * 2): requests and the slot lists seats share are frozen, the built-ins cannot be replaced, and the
 * random stream does not give away the game's seed hash.
 */
import { describe, expect, it } from 'vitest';
import { builtinStrategies, builtinStrategy } from '../../src/strategies/builtin.js';
import { rngOf, rngStateOf, seatRng, type Strategy } from '../../src/strategies/strategy.js';
import { playGame } from '../../src/game/run.js';
import { outcomeOf } from '../../src/outcome/outcome.js';
import type { Request } from '../../src/flow/requests.js';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('rsa-2017');

/** A state strategy that plays `{ phase }` after trying `attack` on its request (and counts what got through). */
function probing(attack: (request: Request) => void, through: { count: number }): Strategy {
  return {
    id: 'probe',
    name: 'Probe',
    description: '',
    meta: { kinds: ['state'], stochastic: false, memory: false },
    decide(_view, request) {
      try {
        attack(request);
        through.count++;
      } catch {
        // Refused: what this test wants.
      }
      return { phase: request.phase } as never;
    },
  };
}

describe('requests handed to strategies', () => {
  it('are frozen with their shared slot lists: emptying pledges.states or raising targets.max is refused, and nobody else\'s game changes', () => {
    const through = { count: 0 };
    const attack = (r: Request) => {
      if (r.slots.pledges) (r.slots.pledges.states as string[]).length = 0;
      if (r.slots.targets) (r.slots.targets as { max: number }).max = 99;
      if (!r.slots.pledges && !r.slots.targets) throw new Error('nothing to attack');
    };
    const honest = probing(() => {
      throw new Error('honest');
    }, { count: 0 });
    const lookup = (s: Strategy) => (id: string) => (id === 'probe' ? s : builtinStrategy(id));
    const attacked = playGame(scenario, { seed: 3, seats: { usa: 'probe' }, strategies: lookup(probing(attack, through)) });
    const clean = playGame(scenario, { seed: 3, seats: { usa: 'probe' }, strategies: lookup(honest) });
    expect(through.count).toBe(0);
    expect(outcomeOf(attacked)).toEqual(outcomeOf(clean));
  });
});

describe('views handed to a strategy that is not the engine\'s own (a library caller\'s, a --trusted file)', () => {
  it('are read-only windows, descriptors included: the draft cannot be rewritten and nobody else\'s game changes', () => {
    const through = { count: 0 };
    const vandal: Strategy = {
      ...probing(() => undefined, { count: 0 }),
      decide(view, request) {
        try {
          (Object.getOwnPropertyDescriptor(view.public, 'text')!.value as number[]).fill(1);
          (view.public.ratified as boolean[]).fill(true);
          through.count++;
        } catch {
          // Refused.
        }
        return { phase: request.phase } as never;
      },
    };
    const honest = probing(() => {
      throw new Error('honest');
    }, { count: 0 });
    const lookup = (s: Strategy) => (id: string) => (id === 'probe' ? s : builtinStrategy(id));
    const attacked = playGame(scenario, { seed: 4, seats: { usa: 'probe' }, strategies: lookup(vandal) });
    const clean = playGame(scenario, { seed: 4, seats: { usa: 'probe' }, strategies: lookup(honest) });
    expect(through.count).toBe(0);
    expect(outcomeOf(attacked)).toEqual(outcomeOf(clean));
  });
});

describe('the built-in strategies', () => {
  it('cannot be replaced or changed in place', () => {
    const realist = builtinStrategy('realist')!;
    expect(() => ((realist as { decide: unknown }).decide = () => null)).toThrow(TypeError);
    expect(() => ((realist.meta.kinds as string[]).length = 0)).toThrow(TypeError);
    expect(() => (builtinStrategies as Strategy[]).push(realist)).toThrow(TypeError);
  });
});

describe('a seat random stream', () => {
  it('shows no seed hash, seat or step, and its state copy draws the same numbers', () => {
    const rng = seatRng(123456789, 2, 7);
    expect(Object.getOwnPropertyNames(rng)).toEqual([]);
    expect((rng as unknown as Record<string, unknown>)['seedHash']).toBeUndefined();
    expect(JSON.stringify(rng)).toBe('{}');
    const copy = rngOf(rngStateOf(seatRng(123456789, 2, 7))!);
    const draws = [rng.next(), rng.int(10), rng.chance(0.5)];
    expect([copy.next(), copy.int(10), copy.chance(0.5)]).toEqual(draws);
    expect(rngStateOf({ next: () => 0 } as never)).toBeNull();
  });
});
