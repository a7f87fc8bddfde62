/** `geneva validate`: ok lines, one `file:line:col: path: reason` line per problem, exit codes 0/1/2. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, shippedScenarioIds } from '@geneva/engine';
import { BROKEN, MINI_YAML, SYNTAX_ERROR_YAML, broken } from './fixtures.js';
import { SCENARIOS, geneva, linesOf, oneLineError, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(temp.remove);

/** Writes a file in the temporary directory and returns its path. */
function file(name: string, text: string): string {
  const path = join(temp.dir, name);
  writeFileSync(path, text);
  return path;
}

/** A problem line: `file:line:col: path: reason`. */
const PROBLEM = /^(.+):(\d+):(\d+): ([^:]+): (.+)$/;

describe('geneva validate', () => {
  it('accepts every shipped scenario (exit 0, one ok line each)', () => {
    const files = shippedScenarioIds.map((id) => join(SCENARIOS, `${id}.yaml`));
    const run = geneva(['validate', ...files]);
    expect(run.status).toBe(0);
    expect(linesOf(run.stdout)).toEqual(files.map((f) => `${f}: ok`));
    expect(run.stderr).toBe('');
  });

  it('accepts a small valid YAML file and the same scenario as JSON', () => {
    const yaml = file('mini.yaml', MINI_YAML);
    const parsed = parseScenario(MINI_YAML, 'mini.yaml');
    if (!parsed.ok) throw new Error('the fixture is invalid');
    const json = file('mini.json', JSON.stringify(parsed.scenario, null, 2));
    const run = geneva(['validate', yaml, json]);
    expect(run.status).toBe(0);
    expect(linesOf(run.stdout)).toEqual([`${yaml}: ok`, `${json}: ok`]);
  });

  for (const c of BROKEN) {
    it(`rejects ${c.name} with a line naming ${c.path} (exit 1)`, () => {
      const path = file(`${c.path}.yaml`, broken(c));
      const run = geneva(['validate', path]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      const lines = linesOf(run.stderr);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(PROBLEM);
      const mine = lines.map((l) => PROBLEM.exec(l)!).find((m) => m[4] === c.path);
      expect(mine, `no line for ${c.path} in:\n${run.stderr}`).toBeDefined();
      expect(mine![1]).toBe(path);
      expect(mine![5]).toMatch(c.reason);
      if (c.line !== undefined) expect(Number(mine![2])).toBe(c.line);
    });
  }

  it('rejects a YAML syntax error with a located line (exit 1)', () => {
    const path = file('syntax.yaml', SYNTAX_ERROR_YAML);
    const run = geneva(['validate', path]);
    expect(run.status).toBe(1);
    const lines = linesOf(run.stderr);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^${escape(path)}:\\d+:\\d+: \\(file\\): .+$`));
  });

  it('rejects broken JSON with problem lines (exit 1)', () => {
    const path = file('broken.json', '{"id": "x", "title": ');
    const run = geneva(['validate', path]);
    expect(run.status).toBe(1);
    for (const line of linesOf(run.stderr)) expect(line.startsWith(`${path}:`)).toBe(true);
  });

  it('reports a valid and an invalid file together (exit 1)', () => {
    const good = file('good.yaml', MINI_YAML);
    const bad = file('bad.yaml', broken(BROKEN[0]!));
    const run = geneva(['validate', good, bad]);
    expect(run.status).toBe(1);
    expect(linesOf(run.stdout)).toEqual([`${good}: ok`]);
    expect(run.stderr).toContain(`${bad}:`);
  });

  it('rejects a seat whose default strategy is not a built-in (play would fault every decision), and play refuses it too', () => {
    const path = file('nosuch.yaml', MINI_YAML.replace('strategy: realist', 'strategy: realsit'));
    const run = geneva(['validate', path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nosuch\.yaml: actors\.usa\.strategy: no built-in strategy "realsit" \(built-ins: norm-entrepreneur, realist, .*\)\n$/);
    const play = geneva(['play', path]);
    expect(play.status).toBe(1);
    expect(oneLineError(play)).toMatch(/actors\.usa\.strategy: no built-in strategy "realsit"/);
  });

  it('makes a missing file a one-line error (exit 2)', () => {
    const missing = join(temp.dir, 'nope.yaml');
    const run = geneva(['validate', missing]);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toBe(`${missing}: no such file`);
  });

  it('refuses resource-exhaustion files in one line naming the file: an alias bomb, deep nesting, an oversized file', () => {
    // A billion laughs: nine levels of nine aliases each.
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((c, k) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[k]!}`).join(', ')}]`)];
    const cases = [
      { name: 'bomb.yaml', text: `${levels.join('\n')}\n`, status: 1, reason: /^.*bomb\.yaml: \(file\): too many alias expansions \(more than 1000: an alias bomb\?\)$/ },
      { name: 'deep-flow.yaml', text: `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, status: 1, reason: /^.*deep-flow\.yaml:1:\d+: \(file\): nested too deeply to read/ },
      { name: 'deep-block.yaml', text: `${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n${' '.repeat(1400)}x: 1\n`, status: 1, reason: /^.*deep-block\.yaml:\d+:\d+: \(file\): nested too deeply to read/ },
      { name: 'huge.yaml', text: `id: huge\nnote: ${'x'.repeat(3 * 2 ** 20)}\n`, status: 2, reason: /^.*huge\.yaml: too large to read \(3\.0 MB; at most 2\.0 MB\)$/ },
    ];
    for (const c of cases) {
      const run = geneva(['validate', file(c.name, c.text)]);
      expect(run.status, c.name).toBe(c.status);
      const lines = linesOf(`${run.stdout}${run.stderr}`);
      expect(lines, c.name).toHaveLength(1);
      expect(lines[0], c.name).toMatch(c.reason);
      expect(run.stderr).not.toMatch(/internal error|^\s+at /m);
    }
  });

  it('needs at least one file (exit 2, one line)', () => {
    const run = geneva(['validate']);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toMatch(/missing required argument/);
  });
});

/** A string as a literal regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
