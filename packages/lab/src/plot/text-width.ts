/**
 * The width of a text as Helvetica or Arial draw it, for Vega's layout in Node. With no canvas, Vega
 * guesses 0.8 em a character, about half again too wide: titles then push the figure to twice its
 * width and labels are cut early. These are Arial's advance widths (in ems), by kind of character,
 * within a few per cent on the words of a figure; Vega lets a program set its text measure
 * (`textMetrics.width`), as vl-convert does.
 */

/** The font properties of a Vega text item the width depends on. */
export interface TextItem {
  readonly fontSize?: number | string;
  readonly fontWeight?: number | string;
  readonly limit?: number;
}

const NARROW = new Set([...'iljI.,:;!|\'’ ']);
const SEMI = new Set([...'frt()[]-/']);
const WIDE = new Set([...'mwMW@%']);

/** The advance width of one character of Arial, in ems. */
function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.25;
  if (SEMI.has(c)) return 0.33;
  if (WIDE.has(c)) return 0.86;
  if (c >= 'A' && c <= 'Z') return 0.68;
  if (c >= '0' && c <= '9') return 0.556;
  return 0.53;
}

/**
 * The width in pixels of `text` in the item's font.
 *
 * @example
 * textWidth({ fontSize: 10 }, 'point'); // 20.7
 */
export function textWidth(item: TextItem, text: unknown): number {
  const line = text === null || text === undefined ? '' : String(text).trim();
  const size = item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600 ? 1.09 : 1;
  let ems = 0;
  for (const c of line) ems += charWidth(c);
  return ems * size * bold;
}
