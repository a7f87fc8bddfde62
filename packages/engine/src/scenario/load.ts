/**
 * Parsing and validation of scenario text (YAML, or JSON, which is YAML too) into a typed
 * {@link Scenario}, or into one error per problem with its path and, where the parser knows it,
 * its line. No file system here: the CLI reads files, the client fetches them.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema.js';

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
export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * Formats a problem as one line: `file:line:column: path: reason`.
 *
 * @example
 * formatProblem({ file: 'x.yaml', path: 'rules.rounds', line: 3, column: 10, reason: 'expected a number' });
 * // 'x.yaml:3:10: rules.rounds: expected a number'
 */
export function formatProblem(p: ScenarioProblem): string {
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
export function parseScenario(text: string, file: string): ScenarioResult {
  const read = readYaml(text, file);
  return read.ok ? validateScenario(read.data, file, read.where) : read;
}

/** Where a path of a YAML document starts, if the document has it. */
export type Locator = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

/**
 * Parses YAML (or JSON) text, with a locator of paths to lines for error messages. Never throws.
 *
 * @example
 * const read = readYaml(text, 'sweep.yaml');
 * if (read.ok) use(read.data, read.where([ 'parameters' ]));
 */
export function readYaml(text: string, file: string): { readonly ok: true; readonly data: unknown; readonly where: Locator } | { readonly ok: false; readonly problems: readonly ScenarioProblem[] } {
  const whole = (reason: string) => ({ ok: false as const, problems: [{ file, path: '', reason }] });
  if (text.length > MAX_YAML_BYTES) return whole(`too large to read (${megabytes(text.length)} MB; a scenario or sweep file may be at most ${megabytes(MAX_YAML_BYTES)} MB)`);
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    return whole(exhaustionReason(error));
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        const reason = isStackOverflow(e.message) ? NESTED_TOO_DEEPLY : firstLine(e.message).replace(/ at line \d+, column \d+:?$/, '');
        return { file, path: '', reason, ...(pos ? { line: pos.line, column: pos.col } : {}) };
      }),
    };
  }
  try {
    // yaml's own guard against alias bombs (billion laughs): at most this many alias expansions.
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }), where: (path) => locate(doc, lines, path) };
  } catch (error) {
    return whole(exhaustionReason(error));
  }
}

/** The most text a scenario or sweep file may hold (the largest shipped scenario is about 60 kB). */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** The most alias expansions a file may make (a scenario needs none). */
const MAX_ALIASES = 1000;
const NESTED_TOO_DEEPLY = 'nested too deeply to read (hundreds of lists or maps inside one another)';

/** A resource-exhaustion failure of the parser in plain words; any other failure, its first line. */
function exhaustionReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/excessive alias count/i.test(message)) return `too many alias expansions (more than ${MAX_ALIASES}: an alias bomb?)`;
  if (isStackOverflow(message)) return NESTED_TOO_DEEPLY;
  return firstLine(message);
}

function isStackOverflow(message: string): boolean {
  return /maximum call stack size exceeded|too much recursion/i.test(message);
}

function megabytes(length: number): string {
  return (length / (1024 * 1024)).toFixed(1);
}

/**
 * Validates an already-parsed object (for example a scenario edited in memory).
 *
 * @example
 * const result = validateScenario(JSON.parse(text), 'inline');
 */
export function validateScenario(
  data: unknown,
  file: string,
  where: Locator = () => undefined,
): ScenarioResult {
  const parsed = scenarioSchema.safeParse(data);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap((issue) => issueProblems(issue, data, file, where)) };
}

/**
 * The problems of a zod issue, located in the file: one per unknown key, else one.
 *
 * @example
 * parsed.error.issues.flatMap((issue) => issueProblems(issue, data, 'sweep.yaml', where, 'sweep'));
 */
export function issueProblems(issue: z.core.$ZodIssue, data: unknown, file: string, where: Locator, format = 'scenario'): ScenarioProblem[] {
  const paths: { path: PropertyKey[]; reason: string }[] =
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({ path: [...issue.path, k], reason: `unknown key (not part of the ${format} format)` }))
      : [{ path: issue.path, reason: reasonOf(issue, data) }];
  return paths.map(({ path, reason }) => {
    const pos = where(path);
    return { file, path: path.map(String).join('.'), reason, ...(pos ? { line: pos.line, column: pos.column } : {}) };
  });
}

function reasonOf(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'invalid_type' && !hasPath(data, issue.path)) return `required (${issue.expected})`;
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'kind')
    return 'kind must be one of state, firm, civil';
  return firstLine(issue.message);
}

/** Whether the parsed data has a value at `path` (zod does not say whether a bad value was missing). */
function hasPath(data: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined;
}

/** Finds the line of the deepest node of `path` that exists in the document. */
function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) {
      const pos = lines.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
