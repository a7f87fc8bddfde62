import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/plot/render.js';
import { rateFigure } from '../../src/plot/outcome-rate.js';
import { textWidth } from '../../src/plot/text-width.js';

describe('renderSvg', () => {
  it('draws a figure as an SVG document with its title, axis titles and labels, in Node', async () => {
    const svg = await renderSvg(rateFigure('inForce', new Map([[0, [3, 10] as const], [1, [9, 10] as const]]), { shown: [0, 1], total: 2 }));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('inForce: how often it happens at each design point');
    expect(svg).toContain('share of runs with inForce');
    expect(svg).toContain('design point');
    expect(svg).toContain('80%');
    // Sized by the Arial widths, not Vega's no-canvas guess of 0.8 em a character (which made it ~1,200 px wide).
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(300);
    expect(width).toBeLessThan(700);
  });
});

describe('textWidth', () => {
  // Canvas measureText in chromium, 12px Helvetica, Arial (Liberation Sans, Arial's metrics) on this machine.
  const measured: readonly (readonly [string, number, number])[] = [
    ['design point', 64.717, 71.326],
    ['rules.entryIntoForce.ratifications', 170.736, 187.377],
    ['share of runs with inForce', 138.059, 150.023],
    ['Where inForce happens: PRIM’s peeling trade-off', 263.027, 280.254],
  ];

  it('measures a text as Arial draws it, within 5%, plain and bold', () => {
    for (const [text, plain, bold] of measured) {
      expect(Math.abs(textWidth({ fontSize: 12 }, text) / plain - 1)).toBeLessThan(0.05);
      expect(Math.abs(textWidth({ fontSize: 12, fontWeight: 'bold' }, text) / bold - 1)).toBeLessThan(0.05);
    }
    expect(textWidth({}, null)).toBe(0);
  });
});
