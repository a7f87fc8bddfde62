/** `geneva strategies`: the built-in strategies, as a table or JSON. */
import { describe, expect, it } from 'vitest';
import { builtinStrategies } from '@geneva/engine';
import { geneva } from './helpers.js';

describe('geneva strategies', () => {
  it('lists every built-in strategy in a table', () => {
    const run = geneva(['strategies']);
    expect(run.status).toBe(0);
    for (const s of builtinStrategies) expect(run.stdout).toMatch(new RegExp(`^${s.id} .*${s.meta.kinds.join(', ')}`, 'm'));
  });

  it('lists them as JSON with id, name, kinds, stochastic and description', () => {
    const run = geneva(['strategies', '--json']);
    expect(run.status).toBe(0);
    const listed = JSON.parse(run.stdout) as { id: string; name: string; kinds: string[]; stochastic: boolean; description: string }[];
    expect(listed.map((s) => s.id)).toEqual(builtinStrategies.map((s) => s.id));
    for (const [k, s] of listed.entries()) {
      const strategy = builtinStrategies[k]!;
      expect(s).toMatchObject({ name: strategy.name, kinds: [...strategy.meta.kinds], stochastic: strategy.meta.stochastic, description: strategy.description });
    }
  });
});
