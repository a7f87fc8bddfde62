/**
 * The lint rules that keep the engine deterministic and able to run in a browser or a worker:
 * Math.random, Date.now, new Date(), Node imports, Node globals and the Node-only packages of the
 * tooling (@geneva/lab) are errors everywhere in src/; the tests may use Node.
 *
 * The probe is linted with `lintText` and a `filePath` under src/, which resolves the config exactly
 * as for a file at that path, without writing one: `npm test` runs `eslint src` in parallel with
 * this suite, and a probe file on disk would make that lint task fail whenever the two overlap.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const engineDir = fileURLToPath(new URL('..', import.meta.url));

const PROBE = `export function roll(): number {
  return Math.random();
}
export function now(): number {
  return Date.now();
}
export function today(): Date {
  return new Date();
}
`;

async function ruleIds(relativePath: string, code = PROBE): Promise<string[]> {
  const eslint = new ESLint({ cwd: engineDir });
  const [result] = await eslint.lintText(code, { filePath: join(engineDir, relativePath) });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.ruleId ?? 'fatal'}:${m.severity}`);
}

describe('the determinism lint rules', () => {
  it('report Math.random, Date.now and new Date() in the rules', async () => {
    const found = await ruleIds('src/rules/__lint_probe__.ts');
    expect(found).toEqual(['2:no-restricted-properties:2', '5:no-restricted-properties:2', '8:no-restricted-syntax:2']);
  }, 60_000);

  it('report them anywhere else in the engine core too, with Node imports', async () => {
    const found = await ruleIds('src/flow/__lint_probe__.ts', `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n${PROBE}`);
    expect(found).toContain('1:no-restricted-imports:2');
    expect(found.filter((f) => f.includes('no-restricted-properties'))).toHaveLength(2);
  }, 60_000);

  it('report Node imports, Node globals and the tooling\'s packages anywhere in src/, even outside the rules', async () => {
    const probe = [
      `import { readFileSync } from 'fs';`,
      `import { Command } from 'commander';`,
      `import { Piscina } from 'piscina';`,
      `import { parseSweep } from '@geneva/lab';`,
      `export const x = [readFileSync, Command, Piscina, parseSweep, process.argv];`,
    ].join('\n');
    const found = await ruleIds('src/__lint_probe__.ts', probe);
    expect(found.filter((f) => f.includes('no-restricted-imports'))).toEqual(['1:no-restricted-imports:2', '2:no-restricted-imports:2', '3:no-restricted-imports:2', '4:no-restricted-imports:2']);
    expect(found).toContain('5:no-restricted-globals:2');
  }, 60_000);

  it('leave the tests alone', async () => {
    expect(await ruleIds('test/__lint_probe__.ts', `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n${PROBE}`)).toEqual([]);
  }, 60_000);
});
