/**
 * Turns a figure's Vega-Lite specification into SVG text, in Node, with no browser and no canvas
 * (Vega's renderer 'none' and its SVG string output). Vega is loaded here, on first use, so that it
 * costs nothing to the commands that draw no figure.
 */
import type { Figure } from './figure.js';
import { textWidth, type TextItem } from './text-width.js';

/** Vega's text measure, which its typings leave out. */
interface TextMeasure {
  readonly textMetrics: { width: (item: TextItem, text: unknown) => number };
}

/**
 * The SVG text of a figure.
 *
 * @example
 * const svg = await renderSvg(figure); // '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export async function renderSvg(figure: Figure): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  (vega as unknown as TextMeasure).textMetrics.width = textWidth;
  // Vega-Lite's warnings are about its own layout heuristics, nothing a user can act on: not printed.
  const quiet = vega.logger(vega.None);
  const { spec } = vegaLite.compile(figure.spec, { logger: quiet });
  const view = new vega.View(vega.parse(spec), { renderer: 'none', logger: quiet });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
