/**
 * Arrays of the game state, always built the same way (pushed one by one, so V8 stores them
 * "packed"). `Array.prototype.map` and `new Array(n).fill(…)` return packed arrays in some calls
 * and holey ones in others, depending on whether the caller is optimised; the state's arrays then
 * flip between two hidden classes from game to game, and every rule that reads them slows down or
 * deoptimises (measured: ~140 deoptimisations a process and a 30% spread of games/s between runs).
 */

/** n copies of `value`, packed. */
export function filled<T>(n: number, value: T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}

/** `items.map(f)`, packed. */
export function mapped<S, T>(items: readonly S[], f: (item: S, index: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}

/**
 * n numbers from `f(i)`, packed as unboxed doubles. A separate function from {@link mapped}: V8
 * learns an array's element kind per allocation site, and a site that also builds arrays of objects
 * would box every number (each write to the state would then allocate).
 */
export function numbers(n: number, f: (index: number) => number): number[] {
  const out: number[] = [-0];
  out.pop();
  for (let i = 0; i < n; i++) out.push(f(i));
  return out;
}
