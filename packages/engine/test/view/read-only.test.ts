import { describe, expect, it } from 'vitest';
import { readOnly } from '../../src/view/read-only.js';
import { createState } from '../../src/state/create.js';
import { resolveSeats } from '../../src/game/seats.js';
import { viewFor } from '../../src/view/view.js';
import { loadScenario } from '../support/scenarios.js';

describe('readOnly', () => {
  const scenario = loadScenario('us-russia-bilateral');
  const state = createState(scenario, '1', resolveSeats(scenario));

  it('reads the live data, nested arrays and objects included, and keeps identities', () => {
    const view = readOnly(viewFor(state, 'usa'));
    expect(view.public.text).toEqual(state.world.public.text);
    expect(view.public.text.map((x) => x * 2)).toEqual(state.world.public.text.map((x) => x * 2));
    expect(view.actors[0]!.id).toBe(state.actors[0]!.id);
    expect(view.public.text).toBe(view.public.text);
    state.world.public.text[0] = 0.123; // the rules change the state: the window shows it
    expect(view.public.text[0]).toBe(0.123);
  });

  it('refuses every write, however deep, and changes nothing', () => {
    const before = JSON.stringify(state);
    const view = readOnly(viewFor(state, 'usa')) as unknown as { public: { text: number[]; ratified: boolean[] }; me: Record<string, unknown> };
    expect(() => (view.public.text[0] = 1)).toThrow(/read-only \(tried to set 0\)/);
    expect(() => view.public.ratified.fill(true)).toThrow(/read-only/);
    expect(() => view.public.text.push(1)).toThrow(/read-only/);
    expect(() => delete view.me['ideal']).toThrow(/read-only \(tried to delete ideal\)/);
    expect(() => Object.defineProperty(view.me, 'x', { value: 1 })).toThrow(/read-only/);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('gives no route to the live data through property descriptors (issue 16: binding 0.30 → 1.00)', () => {
    const before = JSON.stringify(state);
    const view = readOnly(viewFor(state, 'usa'));
    const text = Object.getOwnPropertyDescriptor(view.public, 'text')!.value as number[];
    expect(() => text.fill(1)).toThrow(/read-only/);
    const all = Object.getOwnPropertyDescriptors(view.public);
    expect(() => (all.ratified.value as boolean[]).fill(true)).toThrow(/read-only/);
    expect(Object.getOwnPropertyDescriptor(view.public.text, 'length')!.value).toBe(state.world.public.text.length);
    expect(JSON.stringify(state)).toBe(before);
  });
});
