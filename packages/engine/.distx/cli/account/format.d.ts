/**
 * Plain-text helpers of the readable account: wrapping, lists of names, numbers and bars. No
 * colours and no terminal control codes, so the output reads the same in a file or a pipe.
 */
/** The width the account wraps to. */
export declare const WIDTH = 100;
/** The indentation of lines inside a section or block. */
export declare const INDENT = "  ";
/**
 * Wraps a line at word boundaries to {@link WIDTH}; continuation lines keep the line's indentation
 * plus `hang` (two more spaces by default).
 *
 * @example
 * wrap('  Signed (11): United States, United Kingdom, …'); // one or more lines
 */
export declare function wrap(line: string, width?: number, hang?: string): string[];
/** `label (n): a, b, c`, or `label: none`. */
export declare function listLine(label: string, names: readonly string[]): string;
/**
 * Names with their counts, in order of first appearance: `Iran, North Korea ×2`.
 *
 * @example
 * counted(['Iran', 'Japan', 'Iran']); // 'Iran ×2, Japan'
 */
export declare function counted(names: readonly string[]): string;
/** A share as a whole percentage: `80%`. */
export declare function pct(share: number): string;
/** A number in at most three decimals (integers as they are). */
export declare function num(x: number): string;
/** A position in 0..1 as a bar of `width` cells. */
export declare function bar(x: number, width?: number): string;
/** `yes` or `no`. */
export declare function yesNo(flag: boolean): string;
/** Consecutive equal lines folded into one with a count: `MASS CYBER EVENT … (×2)`. */
export declare function foldRepeats(lines: readonly string[]): string[];
