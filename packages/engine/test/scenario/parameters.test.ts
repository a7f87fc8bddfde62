import { describe, expect, it } from 'vitest';
import { parameterAt, withParameters } from '../../src/scenario/parameters.js';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('rsa-2017');

describe('scenario parameters by path', () => {
  it('reads and sets values by path, validated, leaving the base scenario alone', () => {
    expect(parameterAt(scenario, 'rules.entryIntoForce.ratifications')).toBe(scenario.rules.entryIntoForce.ratifications);
    expect(parameterAt(scenario, 'actors.atlantis.capability')).toBeUndefined();
    const result = withParameters(scenario, { 'actors.usa.domesticHurdle': 3.5, 'rules.entryIntoForce.ratifications': 6, 'rules.bodyAccuracy': 0.9 });
    if (!result.ok) throw new Error(result.reason);
    expect(parameterAt(result.scenario, 'actors.usa.domesticHurdle')).toBe(3.5);
    expect(result.scenario.rules.entryIntoForce.ratifications).toBe(6);
    expect(parameterAt(scenario, 'actors.usa.domesticHurdle')).not.toBe(3.5);
  });

  it('copies only what it changes: the base scenario is the same, value for value, and shares no object with the result', () => {
    const before = structuredClone(scenario);
    const result = withParameters(scenario, { 'actors.usa.domesticHurdle': 1.5, 'actors.usa.capability': 0.5, 'rules.entryIntoForce.ratifications': 4 });
    if (!result.ok) throw new Error(result.reason);
    expect(scenario).toEqual(before);
    const shared: string[] = [];
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a !== 'object' || a === null) return;
      if (a === b) shared.push(path);
      for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown> | undefined)?.[key], `${path}.${key}`);
    };
    walk(result.scenario, scenario, 'scenario');
    expect(shared).toEqual([]);
  });

  it('gives back the same scenario when nothing changes', () => {
    const result = withParameters(scenario, {});
    expect(result.ok && result.scenario).toEqual(scenario);
  });

  it('names the path and the reason of a value it cannot take', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ 'actors.atlantis.capability': 0.5 }, 'actors.atlantis.capability', /no actors\.atlantis in scenario rsa-2017/],
      [{ 'actors.usa.capability': 1.5 }, 'actors.usa.capability', /1/],
      [{ 'actors.usa.capability': 'high' }, 'actors.usa.capability', /number/],
      [{ 'rules.entryIntoForce.ratifications': 2.5 }, 'rules.entryIntoForce.ratifications', /int/i],
      [{ 'rules.entryIntoForce.ratifications': 99 }, 'rules.entryIntoForce.ratifications', /more than the 14 states/],
      [{ 'rules.nonsense': 1 }, 'rules.nonsense', /unknown key/],
      [{ 'rules.entryIntoForce': 5 }, 'rules.entryIntoForce', /whole section/],
      [{ 'rules..x': 1 }, 'rules..x', /not a path/],
    ];
    for (const [values, path, reason] of cases) {
      const result = withParameters(scenario, values as never);
      expect(result.ok, path).toBe(false);
      if (result.ok) continue;
      expect(result.path, JSON.stringify(values)).toBe(path);
      expect(result.reason, path).toMatch(reason);
    }
  });
});
