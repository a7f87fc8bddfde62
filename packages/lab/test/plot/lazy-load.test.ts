/**
 * Vega and Vega-Lite take some 0.4 s to load: only `geneva plot` may pay for them. A static check of
 * the sources, since any command imports main.ts: Vega is imported at run time in render.ts alone
 * (by a dynamic import), elsewhere only for its types, and main.ts loads the plot command lazily.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the plotting libraries load lazily', () => {
  it('are imported at run time only by a dynamic import in plot/render.ts', () => {
    const runtime = sources(SRC).filter((file) => /^import (?!type )[^;]*from '(vega|vega-lite)'|import\('(vega|vega-lite)'\)/m.test(readFileSync(file, 'utf8')));
    expect(runtime.map((f) => relative(SRC, f))).toEqual(['plot/render.ts']);
    expect(readFileSync(join(SRC, 'plot/render.ts'), 'utf8')).not.toMatch(/^import (?!type )[^;]*from '(vega|vega-lite)'/m);
  });

  it('are reached from main.ts only through the plot command, imported when it runs', () => {
    const main = readFileSync(join(SRC, 'cli/main.ts'), 'utf8');
    expect(main).not.toMatch(/^import [^;]*from '\.\/commands\/plot\.js'/m);
    expect(main).toContain("await import('./commands/plot.js')");
    const imported = sources(SRC).filter((f) => !f.includes('/plot/') && !f.endsWith('commands/plot.ts') && /from '[./]*plot\//.test(readFileSync(f, 'utf8')));
    expect(imported).toEqual([]);
  });
});
