/**
 * The scenarios a facilitator may pick by id: the YAML files of a folder (the repository's
 * `scenarios/` by default), parsed by the engine once, at start.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, parseScenario, type Scenario } from '@geneva/engine';

/** The repository's `scenarios/` folder (this file is `src/games/…` or `dist/games/…`). */
export function defaultScenariosDir(): string {
  return fileURLToPath(new URL('../../../../scenarios/', import.meta.url));
}

/**
 * Loads every `*.yaml` scenario of `dir`, by id. A file that does not parse is reported through
 * `warn` and left out: one broken file must not keep a class from starting.
 */
export function loadScenarios(dir: string, warn: (line: string) => void = () => {}): Map<string, Scenario> {
  const scenarios = new Map<string, Scenario>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    warn(`no scenarios folder at ${dir}`);
  }
  for (const file of files) {
    const result = parseScenario(readFileSync(join(dir, file), 'utf8'), file);
    if (result.ok) scenarios.set(result.scenario.id, result.scenario);
    else for (const p of result.problems) warn(formatProblem(p));
  }
  return scenarios;
}
