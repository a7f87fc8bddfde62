/**
 * Resolving a `<scenario>` argument: a scenario file (YAML or JSON), or the id of a scenario
 * shipped in the repository's `scenarios/` folder (`GENEVA_SCENARIOS_DIR` overrides the folder).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinStrategies, builtinStrategy, contentHash, formatProblem, MAX_YAML_BYTES, parseScenario, shippedScenarioIds, type Scenario, type ScenarioProblem } from '@geneva/engine';
import { EXIT, UserError } from './errors.js';
import { readTextFile } from './io.js';

/** The environment variable that overrides the folder of shipped scenarios. */
export const SCENARIOS_DIR_ENV = 'GENEVA_SCENARIOS_DIR';

/** The extension of shipped scenario files. */
const SHIPPED_EXTENSION = '.yaml';

/**
 * The folder of shipped scenarios: `$GENEVA_SCENARIOS_DIR`, else `<lab package root>/../../scenarios`.
 * This file is `src/cli/…` or `dist/cli/…`, two levels below the package root either way.
 */
export function scenariosDir(): string {
  const override = process.env[SCENARIOS_DIR_ENV];
  if (override !== undefined && override !== '') return override;
  return fileURLToPath(new URL('../../../../scenarios/', import.meta.url));
}

/**
 * The ids of the shipped scenarios found in {@link scenariosDir}: the engine's list first (in its
 * order), then any other scenario file of the folder. The engine's list when the folder is unreadable.
 */
export function shippedIds(): string[] {
  let files: string[];
  try {
    files = readdirSync(scenariosDir());
  } catch {
    return [...shippedScenarioIds];
  }
  const present = files.filter((f) => f.endsWith(SHIPPED_EXTENSION)).map((f) => f.slice(0, -SHIPPED_EXTENSION.length));
  const known = shippedScenarioIds.filter((id) => present.includes(id));
  return [...known, ...present.filter((id) => !known.includes(id)).sort()];
}

/**
 * Loads the scenario an argument names: a file when one exists at that path, else a shipped id.
 *
 * @throws UserError exit 2 when it is neither; exit 1 with the problem lines when the file is invalid
 * @example
 * loadScenario('rsa-2017'); loadScenario('./my-scenario.yaml');
 */
export function loadScenario(argument: string): Scenario {
  if (isFile(argument)) return loadScenarioFile(argument);
  const shipped = shippedPath(argument);
  if (shipped !== undefined) return loadScenarioFile(shipped);
  throw new UserError(`geneva: unknown scenario "${argument}": no such file, and no shipped scenario of that id (shipped: ${shippedIds().join(', ')})`);
}

/** Whether a scenario is a shipped one, unchanged (same id, same content hash). */
export function isShippedAsIs(scenario: Scenario): boolean {
  const shipped = shippedPath(scenario.id);
  if (shipped === undefined) return false;
  const result = parseScenario(readTextFile(shipped), shipped);
  return result.ok && contentHash(result.scenario) === contentHash(scenario);
}

/**
 * Loads a shipped scenario by id.
 *
 * @throws UserError exit 2 when there is none of that id; exit 1 when its file is invalid
 */
export function loadShippedScenario(id: string, context: string): Scenario {
  const shipped = shippedPath(id);
  if (shipped !== undefined) return loadScenarioFile(shipped);
  throw new UserError(`${context}: no shipped scenario "${id}" (shipped: ${shippedIds().join(', ')}); give its file with --scenario`);
}

/**
 * Reads and validates a scenario file.
 *
 * @throws UserError exit 2 when it cannot be read; exit 1 with one `file:line:col: path: reason` line per problem
 */
export function loadScenarioFile(file: string): Scenario {
  const result = parseScenario(readTextFile(file, MAX_YAML_BYTES), file);
  if (!result.ok) throw new UserError(result.problems.map(formatProblem), EXIT.invalid);
  const problems = strategyProblems(result.scenario, file);
  if (problems.length > 0) throw new UserError(problems.map(formatProblem), EXIT.invalid);
  return result.scenario;
}

/**
 * Seats whose default strategy is not a built-in: the format allows any id (a library caller may
 * bring its own strategies), but the command line knows only the built-ins, and such a seat would
 * play every decision as a fault.
 *
 * @example
 * strategyProblems(scenario, 'my.yaml'); // [{ file: 'my.yaml', path: 'actors.usa.strategy', reason: 'no built-in strategy "nosuch" (…)' }]
 */
export function strategyProblems(scenario: Scenario, file: string): ScenarioProblem[] {
  return Object.entries(scenario.actors)
    .filter(([, actor]) => builtinStrategy(actor.strategy) === undefined)
    .map(([id, actor]) => ({ file, path: `actors.${id}.strategy`, reason: `no built-in strategy "${actor.strategy}" (built-ins: ${builtinStrategies.map((b) => b.id).join(', ')})` }));
}

/** The file of the shipped scenario `id`, if there is one. */
function shippedPath(id: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) return undefined;
  const file = join(scenariosDir(), `${id}${SHIPPED_EXTENSION}`);
  return isFile(file) ? file : undefined;
}

/** Whether a regular file exists at `path`. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
