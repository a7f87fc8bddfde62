/**
 * testStrategy catches what issue 16 found it passing: a strategy that changes its request or its
 * view by a route it hides (a descriptor, a caught TypeError), one that replaces the realm's
 * built-ins, and one whose decisions follow hidden state rather than its view. An honest strategy
 * passes.
 */
import { describe, expect, it } from 'vitest';
import { testStrategy } from '../../src/testing/test-strategy.js';
import type { Strategy, Sheet } from '@geneva/engine';
import { loadScenario } from '../support/scenarios.js';

const options = { scenarios: [loadScenario('us-russia-bilateral')], seeds: 1, seatsPerScenario: 1 };

/** A state strategy that plays `{ phase }` after `act`, whose throws it swallows. */
function strategy(id: string, act: (view: never, request: never) => unknown = () => undefined): Strategy {
  return {
    id,
    name: id,
    description: '',
    meta: { kinds: ['state'], stochastic: false, memory: false },
    decide(view, request) {
      let sheet: Sheet = { phase: request.phase } as Sheet;
      try {
        const chosen = act(view as never, request as never);
        if (chosen !== undefined) sheet = chosen as Sheet;
      } catch {
        // Hidden from the engine: testStrategy must see the attempt anyway.
      }
      return sheet;
    },
  };
}

const problems = (s: Strategy) => testStrategy(s, options).problems;

describe('testStrategy', () => {
  it('passes an honest strategy', () => {
    expect(problems(strategy('honest'))).toEqual([]);
  });

  it('catches a request changed in place, even when the strategy hides the TypeError', () => {
    const found = problems(
      strategy('mutates-request', (_v, r: { slots: { pledges?: { states: string[] }; targets?: { max: number } } }) => {
        if (r.slots.targets) r.slots.targets.max = 99;
        if (r.slots.pledges) r.slots.pledges.states.length = 0;
      }),
    );
    expect(found.some((p) => /tried to change request\.slots\.(pledges\.states\.length|targets\.max)/.test(p))).toBe(true);
  });

  it('catches view tampering through a property descriptor', () => {
    const found = problems(strategy('descriptor', (v: { public: object }) => (Object.getOwnPropertyDescriptor(v.public, 'text')!.value as number[]).fill(1)));
    expect(found.some((p) => /tried to change view\.public\.text\.0/.test(p))).toBe(true);
  });

  it('catches a strategy that replaces a built-in of the realm', () => {
    const exp = Math.exp;
    try {
      const found = problems(
        strategy('patches', () => {
          Math.exp = (x: number) => exp(x);
        }),
      );
      expect(found.some((p) => /changed the JavaScript built-ins Math\.exp/.test(p))).toBe(true);
    } finally {
      Math.exp = exp;
    }
  });

  it('catches a decision that follows hidden state rather than the view', () => {
    // It keeps, outside its memory, how long the log was at its previous call, and says it in a
    // statement: two calls in a row agree, but not once another game has been played. (Not the
    // length's parity, which two games share by chance half the time.)
    let previous = 0;
    const found = problems(
      strategy('hidden', (v: { public: { log: unknown[] } }, r: { phase: string }) => {
        const hint = previous;
        previous = v.public.log.length;
        return r.phase === 'negotiation' ? { phase: r.phase, messages: [{ to: [], text: `the log had ${hint} events` }] } : undefined;
      }),
    );
    expect(found.some((p) => /depends on hidden state/.test(p))).toBe(true);
  });
});
