import { type Scenario } from '../index.js';
/** The environment variable that overrides the folder of shipped scenarios. */
export declare const SCENARIOS_DIR_ENV = "GENEVA_SCENARIOS_DIR";
/**
 * The folder of shipped scenarios: `$GENEVA_SCENARIOS_DIR`, else `<engine package root>/../../scenarios`.
 * This file is `src/cli/…` or `dist/cli/…`, two levels below the package root either way.
 */
export declare function scenariosDir(): string;
/**
 * The ids of the shipped scenarios found in {@link scenariosDir}: the engine's list first (in its
 * order), then any other scenario file of the folder. The engine's list when the folder is unreadable.
 */
export declare function shippedIds(): string[];
/**
 * Loads the scenario an argument names: a file when one exists at that path, else a shipped id.
 *
 * @throws UserError exit 2 when it is neither; exit 1 with the problem lines when the file is invalid
 * @example
 * loadScenario('rsa-2017'); loadScenario('./my-scenario.yaml');
 */
export declare function loadScenario(argument: string): Scenario;
/**
 * Loads a shipped scenario by id.
 *
 * @throws UserError exit 2 when there is none of that id; exit 1 when its file is invalid
 */
export declare function loadShippedScenario(id: string, context: string): Scenario;
/**
 * Reads and validates a scenario file.
 *
 * @throws UserError exit 2 when it cannot be read; exit 1 with one `file:line:col: path: reason` line per problem
 */
export declare function loadScenarioFile(file: string): Scenario;
