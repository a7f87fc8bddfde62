/**
 * A figure: the file it goes to, and its Vega-Lite specification with its data inline, so that a
 * figure is a plain JSON value that tests can read and render.ts turns into SVG.
 */
import type { TopLevelSpec } from 'vega-lite';

/** A figure to write. */
export interface Figure {
  /** The SVG file's name in the plots folder. */
  readonly file: string;
  /** What it shows, in words (the line printed for it). */
  readonly title: string;
  readonly spec: TopLevelSpec;
}

/** The look shared by every figure: a white background, readable type, titles on the left. */
export const LOOK = {
  background: 'white',
  padding: 12,
  config: {
    font: 'Helvetica, Arial, sans-serif',
    title: { fontSize: 15, subtitleFontSize: 12, subtitleColor: '#444', anchor: 'start', offset: 10 },
    axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
    header: { labelFontSize: 12, titleFontSize: 12, labelLimit: 400 },
    legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
    view: { stroke: '#ddd' },
  },
} as const;

/** A title and its subtitle lines, each line begun with a capital as a sentence is. */
export function titled(text: string, ...subtitle: string[]): { readonly text: string; readonly subtitle: string[] } {
  return { text, subtitle: subtitle.map((line) => `${line.charAt(0).toUpperCase()}${line.slice(1)}`) };
}

/**
 * A file name from an outcome or a quantity: letters, digits, dots and dashes kept, the rest a dash.
 *
 * @example
 * fileSafe('welfareBy.usa'); // 'welfareBy.usa'
 */
export function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9.-]+/g, '-');
}

/**
 * Up to `cap` of the points 0 … n−1, evenly spaced and including the first and the last.
 *
 * @example
 * evenlySpaced(5, 3); // [0, 2, 4]
 */
export function evenlySpaced(n: number, cap: number): number[] {
  if (n <= cap) return Array.from({ length: n }, (_, i) => i);
  if (cap === 1) return [0];
  return [...new Set(Array.from({ length: cap }, (_, i) => Math.round((i * (n - 1)) / (cap - 1))))];
}
