/**
 * Watched copies: what `testStrategy` hands a strategy instead of its view, events and request. A
 * copy, so nothing the strategy does reaches the game; behind the engine's read-only windows
 * (view/read-only.ts), which refuse every attempt to change it by any route (assignment,
 * `Object.defineProperty`, `delete`, a prototype, a descriptor's value) and report each one's path,
 * even one the strategy catches and hides.
 */
import { readOnly, type WriteWitness } from '@geneva/engine/tooling';

/**
 * A deep copy of `value` that refuses every change and calls `onWrite` with the path of each attempt
 * (e.g. `view.public.text.0`).
 *
 * @example
 * const tries: string[] = [];
 * const view = watchedCopy(viewFor(state, 'usa'), 'view', (path) => tries.push(path));
 * try { Object.getOwnPropertyDescriptor(view.public, 'text')!.value.fill(1); } catch {}
 * tries; // ['view.public.text.0']
 */
export function watchedCopy<T>(value: T, name: string, onWrite: WriteWitness): T {
  return readOnly(structuredClone(value), onWrite, name);
}
