import { type Scenario } from './schema.js';
/** One problem in a scenario file. */
export interface ScenarioProblem {
    /** The file name as given by the caller. */
    readonly file: string;
    /** Dotted path inside the file (`actors.usa.capability`); empty for the whole file. */
    readonly path: string;
    /** 1-based line, where the parser knows it. */
    readonly line?: number;
    /** 1-based column, where the parser knows it. */
    readonly column?: number;
    /** What is wrong, in plain words. */
    readonly reason: string;
}
/** The result of {@link parseScenario}: a scenario, or every problem found. */
export type ScenarioResult = {
    readonly ok: true;
    readonly scenario: Scenario;
} | {
    readonly ok: false;
    readonly problems: readonly ScenarioProblem[];
};
/**
 * Formats a problem as one line: `file:line:column: path: reason`.
 *
 * @example
 * formatProblem({ file: 'x.yaml', path: 'rules.rounds', line: 3, column: 10, reason: 'expected a number' });
 * // 'x.yaml:3:10: rules.rounds: expected a number'
 */
export declare function formatProblem(p: ScenarioProblem): string;
/**
 * Parses and validates scenario text. Never throws for bad input.
 *
 * @param text - the file's content, YAML or JSON
 * @param file - the name used in problem lines
 * @example
 * const result = parseScenario(yamlText, 'my-scenario.yaml');
 * if (!result.ok) for (const p of result.problems) console.error(formatProblem(p));
 */
export declare function parseScenario(text: string, file: string): ScenarioResult;
/**
 * Validates an already-parsed object (for example a scenario edited in memory).
 *
 * @example
 * const result = validateScenario(JSON.parse(text), 'inline');
 */
export declare function validateScenario(data: unknown, file: string, where?: (path: readonly PropertyKey[]) => {
    line: number;
    column: number;
} | undefined): ScenarioResult;
