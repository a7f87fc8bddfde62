/**
 * Parsing and validation of scenario text (YAML, or JSON, which is YAML too) into a typed
 * {@link Scenario}, or into one error per problem with its path and, where the parser knows it,
 * its line. No file system here: the CLI reads files, the client fetches them.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { scenarioSchema } from './schema.js';
/**
 * Formats a problem as one line: `file:line:column: path: reason`.
 *
 * @example
 * formatProblem({ file: 'x.yaml', path: 'rules.rounds', line: 3, column: 10, reason: 'expected a number' });
 * // 'x.yaml:3:10: rules.rounds: expected a number'
 */
export function formatProblem(p) {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
    return `${where}: ${p.path === '' ? '(file)' : p.path}: ${p.reason}`;
}
/**
 * Parses and validates scenario text. Never throws for bad input.
 *
 * @param text - the file's content, YAML or JSON
 * @param file - the name used in problem lines
 * @example
 * const result = parseScenario(yamlText, 'my-scenario.yaml');
 * if (!result.ok) for (const p of result.problems) console.error(formatProblem(p));
 */
export function parseScenario(text, file) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
        return {
            ok: false,
            problems: doc.errors.map((e) => {
                const pos = e.linePos?.[0];
                const reason = firstLine(e.message).replace(/ at line \d+, column \d+:?$/, '');
                return { file, path: '', reason, ...(pos ? { line: pos.line, column: pos.col } : {}) };
            }),
        };
    }
    return validateScenario(doc.toJS(), file, (path) => locate(doc, lines, path));
}
/**
 * Validates an already-parsed object (for example a scenario edited in memory).
 *
 * @example
 * const result = validateScenario(JSON.parse(text), 'inline');
 */
export function validateScenario(data, file, where = () => undefined) {
    const parsed = scenarioSchema.safeParse(data);
    if (parsed.success)
        return { ok: true, scenario: parsed.data };
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => toProblems(issue, data, file, where)) };
}
function toProblems(issue, data, file, where) {
    const paths = issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => ({ path: [...issue.path, k], reason: 'unknown key (not part of the scenario format)' }))
        : [{ path: issue.path, reason: reasonOf(issue, data) }];
    return paths.map(({ path, reason }) => {
        const pos = where(path);
        return { file, path: path.map(String).join('.'), reason, ...(pos ? { line: pos.line, column: pos.column } : {}) };
    });
}
function reasonOf(issue, data) {
    if (issue.code === 'invalid_type' && !hasPath(data, issue.path))
        return `required (${issue.expected})`;
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'kind')
        return 'kind must be one of state, firm, civil';
    return firstLine(issue.message);
}
/** Whether the parsed data has a value at `path` (zod does not say whether a bad value was missing). */
function hasPath(data, path) {
    let node = data;
    for (const key of path) {
        if (node === null || typeof node !== 'object' || !(key in node))
            return false;
        node = node[key];
    }
    return node !== undefined;
}
/** Finds the line of the deepest node of `path` that exists in the document. */
function locate(doc, lines, path) {
    for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) {
            const pos = lines.linePos(node.range[0]);
            return { line: pos.line, column: pos.col };
        }
    }
    return undefined;
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}
//# sourceMappingURL=load.js.map