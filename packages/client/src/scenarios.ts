/**
 * The shipped scenarios, bundled into the page at build time (the client works offline once loaded).
 */
import { parseScenario, type Scenario } from '@geneva/engine';

const files = import.meta.glob<string>('../../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });

/** Every shipped scenario, by id, parsed and validated. */
export const shippedScenarios: ReadonlyMap<string, Scenario> = new Map(
  Object.entries(files).flatMap(([path, text]) => {
    const result = parseScenario(text, path);
    return result.ok ? [[result.scenario.id, result.scenario] as const] : [];
  }),
);
