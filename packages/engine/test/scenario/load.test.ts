/** Reading scenario text: resource-exhaustion inputs are one problem naming the file, never a throw (sweep files: the lab's test/batch/sweep-yaml.test.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_YAML_BYTES, parseScenario } from '../../src/scenario/load.js';

const bomb = (depth: number) => ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.slice(0, depth).split('').map((c, k) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[k]!}`).join(', ')}]`)].join('\n');

describe('hostile YAML', () => {
  it('an alias bomb is one problem', () => {
    const result = parseScenario(bomb(8), 's.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ path: '', reason: 'too many alias expansions (more than 1000: an alias bomb?)' })]);
  });

  it('a few aliases are still fine', () => {
    const result = parseScenario(bomb(1), 's.yaml');
    expect(result.ok).toBe(false); // not a scenario, but read: the problems are the schema's
    if (!result.ok) expect(result.problems.some((p) => /alias/.test(p.reason))).toBe(false);
  });

  it('deep nesting is one problem, flow or block style', () => {
    const flow = `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const block = `${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n${' '.repeat(1400)}x: 1\n`;
    for (const text of [flow, block]) {
      const result = parseScenario(text, 'deep.yaml');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.reason)).toContain('nested too deeply to read (hundreds of lists or maps inside one another)');
    }
  });

  it('an oversized text is refused before it is parsed', () => {
    const result = parseScenario(`id: big\nnote: ${'x'.repeat(MAX_YAML_BYTES)}\n`, 'big.yaml');
    expect(result).toEqual({ ok: false, problems: [{ file: 'big.yaml', path: '', reason: 'too large to read (2.0 MB; a scenario or sweep file may be at most 2.0 MB)' }] });
  });
});
