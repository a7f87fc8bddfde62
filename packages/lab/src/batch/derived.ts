/**
 * Derived outcomes: the `outcomes:` of a sweep file, each a name and an expression over the columns
 * of runs.csv (outcome fields and swept parameters), such as `highHarm: civilianHarm > 5` or
 * `westRatified: has(ratifiedBy, "usa") + has(ratifiedBy, "gbr")`. Expressions are parsed by jsep
 * and evaluated by the small interpreter below, never by `eval`: only literals, column names,
 * arithmetic, comparisons, `&&` `||` `!`, `c ? a : b` and the functions `abs`, `min`, `max`, `has`.
 * Each is checked (names, operators, the type of its result) before any run, and evaluated in the
 * workers with the row, so a derived column is in runs.csv and the summary like a built-in one.
 */
import jsep from 'jsep';
import type { Cell } from '@geneva/engine';

/** A value while evaluating: a number, a yes/no, a text (id lists, as runs.csv holds them). */
type Value = number | boolean | string;
/** The static type of an expression. */
type Kind = 'number' | 'boolean' | 'string';

/** A compiled expression: reads the columns it names through `cell`, gives a number or a yes/no (null: not a number). */
export type DerivedEvaluator = (cell: (column: string) => Cell | null) => number | boolean | null;

/** A compiled derived outcome. */
export interface CompiledOutcome {
  readonly name: string;
  /** The columns of runs.csv it reads. */
  readonly reads: readonly string[];
  readonly evaluate: DerivedEvaluator;
}

/** Columns an expression may not read: they identify a run or say why it failed. */
const UNREADABLE = new Set(['run', 'point', 'replication', 'seed', 'error']);
/** A derived outcome's name: a plain identifier (no dots, so it never looks like `text.<article>`). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_EXPRESSION = 2000;

type Node = { readonly kind: Kind; readonly run: (cell: (column: string) => Cell | null) => Value };

/**
 * Compiles a derived outcome against the batch's columns, or says in one phrase what is wrong with it.
 *
 * @example
 * compileOutcome('highHarm', 'civilianHarm > 5', columns); // { ok: true, outcome: { name: 'highHarm', reads: ['civilianHarm'], evaluate } }
 * compileOutcome('x', 'civilHarm > 5', columns); // { ok: false, reason: 'unknown name "civilHarm" (not a column of runs.csv)' }
 */
export function compileOutcome(name: string, expression: string, columns: readonly string[]): { ok: true; outcome: CompiledOutcome } | { ok: false; reason: string } {
  if (!NAME.test(name)) return { ok: false, reason: 'a name is letters, digits and _ (not starting with a digit)' };
  if (columns.includes(name)) return { ok: false, reason: `the name clashes with the built-in column ${name}: choose another` };
  if (expression.length > MAX_EXPRESSION) return { ok: false, reason: `the expression is longer than ${MAX_EXPRESSION} characters` };
  const reads = new Set<string>();
  try {
    const node = compile(jsep(expression), new Set(columns), reads);
    if (node.kind === 'string') throw new Problem('the expression gives text; it must give a number or a yes/no (a comparison)');
    const evaluate: DerivedEvaluator = (cell) => {
      const value = node.run(cell);
      return typeof value === 'number' ? (Number.isFinite(value) ? value : null) : typeof value === 'boolean' ? value : null;
    };
    return { ok: true, outcome: { name, reads: [...reads], evaluate } };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, reason: error.message };
    // jsep's syntax errors: "Expected expression after > at character 13".
    return { ok: false, reason: `syntax error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Every derived outcome of a sweep compiled, or the first problem (with the outcome's name).
 *
 * @example
 * compileOutcomes({ highHarm: 'civilianHarm > 5' }, columns); // { ok: true, outcomes: [ … ] }
 */
export function compileOutcomes(outcomes: Readonly<Record<string, string>>, columns: readonly string[]): { ok: true; outcomes: CompiledOutcome[] } | { ok: false; name: string; reason: string } {
  const compiled: CompiledOutcome[] = [];
  for (const [name, expression] of Object.entries(outcomes)) {
    const result = compileOutcome(name, expression, columns);
    if (!result.ok) return { ok: false, name, reason: result.reason };
    compiled.push(result.outcome);
  }
  return { ok: true, outcomes: compiled };
}

/** A problem with an expression, said to the user. */
class Problem extends Error {}

function compile(expr: jsep.Expression, columns: ReadonlySet<string>, reads: Set<string>): Node {
  switch (expr.type) {
    case 'Literal':
      return literal(expr as jsep.Literal);
    case 'Identifier':
    case 'MemberExpression':
      return column(columnName(expr), columns, reads);
    case 'UnaryExpression':
      return unary(expr as jsep.UnaryExpression, columns, reads);
    case 'BinaryExpression':
      return binary(expr as jsep.BinaryExpression, columns, reads);
    case 'ConditionalExpression': {
      const { test, consequent, alternate } = expr as jsep.ConditionalExpression;
      const [t, a, b] = [compile(test, columns, reads), compile(consequent, columns, reads), compile(alternate, columns, reads)];
      if (a.kind !== b.kind) throw new Problem('both branches of c ? a : b must give the same kind of value');
      return { kind: a.kind, run: (cell) => (truthy(t.run(cell)) ? a.run(cell) : b.run(cell)) };
    }
    case 'CallExpression':
      return call(expr as jsep.CallExpression, columns, reads);
    default:
      throw notAllowed(expr);
  }
}

/** What a construct the interpreter refuses is called, in words. */
const CONSTRUCTS: Readonly<Record<string, string>> = { ThisExpression: '"this"', ArrayExpression: 'a list [ … ]', Compound: 'several expressions side by side', SequenceExpression: 'a sequence a, b' };

function notAllowed(expr: jsep.Expression): Problem {
  return new Problem(`${CONSTRUCTS[expr.type] ?? expr.type} is not allowed (only numbers, names, arithmetic, comparisons, && || !, c ? a : b, abs, min, max and has)`);
}

function literal(expr: jsep.Literal): Node {
  const { value } = expr;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { kind: typeof value as Kind, run: () => value };
  throw new Problem(`the literal ${expr.raw} is not allowed`);
}

/** The column a name stands for: `civilianHarm`, `text.binding`, `welfareBy["us-gov"]`. */
function columnName(expr: jsep.Expression): string {
  if (expr.type === 'Identifier') return (expr as jsep.Identifier).name;
  if (expr.type !== 'MemberExpression') throw notAllowed(expr);
  const { object, property, computed } = expr as jsep.MemberExpression;
  const key = computed ? (property.type === 'Literal' && typeof (property as jsep.Literal).value === 'string' ? ((property as jsep.Literal).value as string) : null) : property.type === 'Identifier' ? (property as jsep.Identifier).name : null;
  if (key === null) throw new Problem('a column name in brackets must be a quoted text, as in welfareBy["us-gov"]');
  return `${columnName(object)}.${key}`;
}

function column(name: string, columns: ReadonlySet<string>, reads: Set<string>): Node {
  if (UNREADABLE.has(name)) throw new Problem(`${name} identifies a run; an outcome cannot read it`);
  if (!columns.has(name)) throw new Problem(`unknown name "${name}" (not a column of runs.csv)`);
  reads.add(name);
  // The kind of a column is known only from its values: numbers and yes/no mix freely below (true is 1).
  return { kind: LIST_COLUMNS.has(name) ? 'string' : 'number', run: (cell) => cell(name) ?? Number.NaN };
}

/** Columns that hold text (id lists joined with `;`): only `has` and `==` read them. */
const LIST_COLUMNS = new Set(['signedBy', 'ratifiedBy', 'accededBy', 'techAccordBy', 'textVoteYes', 'textVoteNo', 'textVoteAbstain']);

function unary(expr: jsep.UnaryExpression, columns: ReadonlySet<string>, reads: Set<string>): Node {
  const arg = numeric(compile(expr.argument, columns, reads), expr.operator);
  if (expr.operator === '!') return { kind: 'boolean', run: (cell) => !truthy(arg.run(cell)) };
  if (expr.operator === '-') return { kind: 'number', run: (cell) => -num(arg.run(cell)) };
  if (expr.operator === '+') return { kind: 'number', run: (cell) => num(arg.run(cell)) };
  throw new Problem(`the operator ${expr.operator} is not allowed`);
}

const ARITHMETIC: Readonly<Record<string, (a: number, b: number) => number>> = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b, '%': (a, b) => a % b };
const ORDER: Readonly<Record<string, (a: number, b: number) => boolean>> = { '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b };

function binary(expr: jsep.BinaryExpression, columns: ReadonlySet<string>, reads: Set<string>): Node {
  const { operator } = expr;
  const [l, r] = [compile(expr.left, columns, reads), compile(expr.right, columns, reads)];
  const add = ARITHMETIC[operator];
  if (add !== undefined) return numeric2(l, r, operator, 'number', (a, b) => add(a, b));
  const order = ORDER[operator];
  if (order !== undefined) return numeric2(l, r, operator, 'boolean', (a, b) => order(a, b));
  if (operator === '&&') return { kind: 'boolean', run: (cell) => truthy(l.run(cell)) && truthy(r.run(cell)) };
  if (operator === '||') return { kind: 'boolean', run: (cell) => truthy(l.run(cell)) || truthy(r.run(cell)) };
  if (operator === '==' || operator === '!=' || operator === '===' || operator === '!==') {
    if ((l.kind === 'string') !== (r.kind === 'string')) throw new Problem(`${operator} compares a text with a number`);
    const equal = (cell: (column: string) => Cell | null) => (l.kind === 'string' ? l.run(cell) === r.run(cell) : num(l.run(cell)) === num(r.run(cell)));
    return { kind: 'boolean', run: operator.startsWith('=') ? equal : (cell) => !equal(cell) };
  }
  throw new Problem(`the operator ${operator} is not allowed`);
}

function numeric2(l: Node, r: Node, operator: string, kind: Kind, f: (a: number, b: number) => Value): Node {
  numeric(l, operator);
  numeric(r, operator);
  return { kind, run: (cell) => f(num(l.run(cell)), num(r.run(cell))) };
}

function numeric(node: Node, operator: string): Node {
  if (node.kind === 'string') throw new Problem(`${operator} needs numbers, not a list of ids (use has(list, "id"))`);
  return node;
}

const FUNCTIONS = ['abs', 'min', 'max', 'has'] as const;

function call(expr: jsep.CallExpression, columns: ReadonlySet<string>, reads: Set<string>): Node {
  const name = expr.callee.type === 'Identifier' ? (expr.callee as jsep.Identifier).name : '';
  const args = expr.arguments.map((a) => compile(a, columns, reads));
  if (name === 'has') {
    if (args.length !== 2 || args[0]!.kind !== 'string' || args[1]!.kind !== 'string') throw new Problem('has takes a list of ids and an id, as in has(ratifiedBy, "usa")');
    const [list, id] = args as [Node, Node];
    return { kind: 'boolean', run: (cell) => String(list.run(cell)).split(';').includes(String(id.run(cell))) };
  }
  if (!(FUNCTIONS as readonly string[]).includes(name)) throw new Problem(`unknown function ${name === '' ? '(an expression)' : name} (only ${FUNCTIONS.join(', ')})`);
  if (args.length === 0 || (name === 'abs' && args.length !== 1)) throw new Problem(`${name} takes ${name === 'abs' ? 'one number' : 'numbers'}`);
  for (const a of args) numeric(a, name);
  const f = name === 'abs' ? (xs: number[]) => Math.abs(xs[0]!) : name === 'min' ? (xs: number[]) => Math.min(...xs) : (xs: number[]) => Math.max(...xs);
  return { kind: 'number', run: (cell) => f(args.map((a) => num(a.run(cell)))) };
}

/** A value as a number: yes is 1, no is 0 (so `has(…) + has(…)` counts). */
function num(value: Value): number {
  return typeof value === 'number' ? value : typeof value === 'boolean' ? (value ? 1 : 0) : Number.NaN;
}

function truthy(value: Value): boolean {
  return typeof value === 'boolean' ? value : typeof value === 'number' ? value !== 0 && !Number.isNaN(value) : value !== '';
}
