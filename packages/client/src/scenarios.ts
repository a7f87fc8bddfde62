/**
 * The shipped scenarios, bundled into the page at build time (the client works offline once loaded).
 */
import { ARTICLES, parseScenario, type Scenario } from '@geneva/engine';

const files = import.meta.glob<string>('../../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });

/** Every shipped scenario, by id, parsed and validated. */
export const shippedScenarios: ReadonlyMap<string, Scenario> = new Map(
  Object.entries(files).flatMap(([path, text]) => {
    const result = parseScenario(text, path);
    return result.ok ? [[result.scenario.id, result.scenario] as const] : [];
  }),
);

/**
 * The article titles of a shipped scenario, by article id; the ids themselves for another one (a
 * view sent by the server carries the scenario's id, not its titles).
 *
 * @example
 * articleTitles('rsa-2017').targets; // the scenario's title of the article on targets
 */
export function articleTitles(scenarioId: string): Record<string, string> {
  const scenario = shippedScenarios.get(scenarioId);
  return Object.fromEntries(ARTICLES.map((id) => [id, scenario?.articles[id].title ?? id]));
}
