/**
 * Scenario parameters addressed by path (`actors.usa.domesticHurdle`, `rules.entryIntoForce.ratifications`,
 * `trust.default`): reading them, and a scenario with some of them changed, validated like a file.
 * This is what sweeps vary.
 */
import type { JsonValue } from '../state/json.js';
import { validateScenario } from './load.js';
import type { Scenario } from './schema.js';

/** A scenario with parameters changed, or the first parameter that cannot take its value. */
export type ParameterResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly path: string; readonly reason: string };

/**
 * The value at a dotted path of a scenario, or undefined when the path does not exist.
 *
 * @example
 * parameterAt(scenario, 'actors.usa.domesticHurdle'); // 2.8
 */
export function parameterAt(scenario: Scenario, path: string): unknown {
  let node: unknown = scenario;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * The scenario with each path set to its value, validated as a whole (so a value out of range or of
 * the wrong type is refused, naming the path). Paths must lead to an existing object; the last key
 * may be new only where the format allows it. The base scenario is not changed.
 *
 * @example
 * const result = withParameters(scenario, { 'actors.usa.domesticHurdle': 3.5, 'rules.entryIntoForce.ratifications': 6 });
 * if (!result.ok) console.error(`${result.path}: ${result.reason}`);
 */
export function withParameters(base: Scenario, values: Readonly<Record<string, JsonValue>>): ParameterResult {
  // Only the objects on the swept paths are copied (the base stays as it is): validation builds a
  // new scenario anyway, and a sweep applies this once per design point.
  const data = { ...base } as unknown as Record<string, unknown>;
  const copied = new Set<unknown>([data]);
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    if (keys.some((k) => k === '')) return { ok: false, path, reason: 'not a path (dotted keys, e.g. actors.usa.domesticHurdle)' };
    let node: unknown = data;
    for (const [depth, key] of keys.slice(0, -1).entries()) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return { ok: false, path, reason: `no ${keys.slice(0, depth + 1).join('.')} in scenario ${base.id}` };
      const parent = node as Record<string, unknown>;
      const child = parent[key];
      if (typeof child === 'object' && child !== null && !copied.has(child)) {
        const copy = Array.isArray(child) ? [...(child as unknown[])] : { ...(child as Record<string, unknown>) };
        copied.add(copy);
        parent[key] = copy;
      }
      node = parent[key];
    }
    if (typeof node !== 'object' || node === null) return { ok: false, path, reason: `${keys.slice(0, -1).join('.')} is not an object` };
    const last = keys[keys.length - 1]!;
    const old = (node as Record<string, unknown>)[last];
    if (typeof old === 'object' && old !== null) return { ok: false, path, reason: 'names a whole section; sweep one of its values (e.g. a path one level deeper)' };
    (node as Record<string, unknown>)[last] = value;
  }
  const result = validateScenario(data, base.id);
  if (result.ok) return result;
  const problem = result.problems.find((p) => Object.keys(values).some((path) => p.path === path || p.path.startsWith(`${path}.`))) ?? result.problems[0]!;
  return { ok: false, path: problem.path, reason: problem.reason };
}
