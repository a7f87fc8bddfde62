/**
 * Plain-text helpers of the readable account: wrapping, lists of names, numbers and bars. No
 * colours and no terminal control codes, so the output reads the same in a file or a pipe.
 */

/** The width the account wraps to. */
export const WIDTH = 100;

/** The indentation of lines inside a section or block. */
export const INDENT = '  ';

/**
 * Wraps a line at word boundaries to {@link WIDTH}; continuation lines keep the line's indentation
 * plus `hang` (two more spaces by default).
 *
 * @example
 * wrap('  Signed (11): United States, United Kingdom, …'); // one or more lines
 */
export function wrap(line: string, width: number = WIDTH, hang: string = INDENT): string[] {
  if (line.length <= width) return [line];
  const indent = /^ */.exec(line)?.[0] ?? '';
  const hanging = `${indent}${hang}`;
  const lines: string[] = [];
  let current = indent;
  for (const word of line.slice(indent.length).split(' ')) {
    const base = lines.length === 0 ? indent : hanging;
    if (current.length > base.length && current.length + 1 + word.length > width) {
      lines.push(current);
      current = hanging + word;
    } else current = current.length > base.length ? `${current} ${word}` : base + word;
  }
  lines.push(current);
  return lines;
}

/** `label (n): a, b, c`, or `label: none`. */
export function listLine(label: string, names: readonly string[]): string {
  return names.length === 0 ? `${label}: none` : `${label} (${names.length}): ${names.join(', ')}`;
}

/**
 * Names with their counts, in order of first appearance: `Iran, North Korea ×2`.
 *
 * @example
 * counted(['Iran', 'Japan', 'Iran']); // 'Iran ×2, Japan'
 */
export function counted(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
}

/** A share as a whole percentage: `80%`. */
export function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A number in at most three decimals (integers as they are). */
export function num(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(3);
}

/** A position in 0..1 as a bar of `width` cells. */
export function bar(x: number, width = 20): string {
  const full = Math.max(0, Math.min(width, Math.round(x * width)));
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** `yes` or `no`. */
export function yesNo(flag: boolean): string {
  return flag ? 'yes' : 'no';
}

/** Consecutive equal lines folded into one with a count: `MASS CYBER EVENT … (×2)`. */
export function foldRepeats(lines: readonly string[]): string[] {
  const out: { line: string; n: number }[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last?.line === line) last.n++;
    else out.push({ line, n: 1 });
  }
  return out.map(({ line, n }) => (n > 1 ? `${line} (×${n})` : line));
}
