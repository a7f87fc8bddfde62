/**
 * Read-only windows on live data: what a strategy that is not the engine's own sees instead of its
 * view and events. On the fast path these point into the game state, so a write must never go
 * through; a deep copy per decision would cost more than the game itself (the public log grows all
 * game). A proxy wraps each object only when it is read, and any write throws (the engine then
 * records a fault and the seat gets the safe fallback). `testStrategy` uses the same windows on
 * copies, with a witness that records the path of every attempt.
 */

/**
 * Called with the path of each refused write (`view.public.text.0`) before it throws: the witness
 * of attempts a strategy may catch and hide.
 */
export type WriteWitness = (path: string) => void;

/**
 * A read-only window on `value`: reads see the live data, by property or by descriptor; writes,
 * deletes, property definitions, prototypes and `preventExtensions` throw a TypeError. Frozen
 * objects are returned as they are: the engine freezes only deeply (state/freeze.ts), so they and
 * all they hold already refuse writes. With a `witness`, each refusal is reported first, with its
 * path from `name`.
 *
 * @example
 * const view = readOnly(viewFor(state, 'usa'));
 * view.public.text[0] = 1; // TypeError: the view is read-only (tried to set 0)
 */
export function readOnly<T>(value: T, witness?: WriteWitness, name = 'view'): T {
  const windows = new WeakMap<object, object>();
  const wrap = (target: unknown, path: string): unknown => {
    if (typeof target !== 'object' || target === null || Object.isFrozen(target)) return target;
    let window = windows.get(target);
    if (window === undefined) {
      window = new Proxy(target, handler(path, wrap, witness));
      windows.set(target, window);
    }
    return window;
  };
  return wrap(value, name) as T;
}

function handler(path: string, wrap: (value: unknown, path: string) => unknown, witness: WriteWitness | undefined): ProxyHandler<object> {
  // Paths are built only for a witness: the fast path's windows never need them.
  const at = (key: string | symbol) => (witness === undefined ? '' : `${path}.${String(key)}`);
  const refuse =
    (what: string) =>
    (_target: object, key: string | symbol): never => {
      if (witness === undefined) throw new TypeError(`the view is read-only (tried to ${what} ${String(key)})`);
      witness(at(key));
      throw new TypeError(`${at(key)} is read-only (a strategy may not change what it is given)`);
    };
  return {
    get: (target, key, receiver) => wrap(Reflect.get(target, key, receiver), at(key)),
    // Without this, Object.getOwnPropertyDescriptor(view.public, 'text').value is the live array.
    getOwnPropertyDescriptor: (target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      return descriptor !== undefined && 'value' in descriptor ? { ...descriptor, value: wrap(descriptor.value, at(key)) } : descriptor;
    },
    set: refuse('set'),
    deleteProperty: refuse('delete'),
    defineProperty: refuse('define'),
    setPrototypeOf: (target) => refuse('set')(target, '[[Prototype]]'),
    preventExtensions: (target) => refuse('prevent extensions of')(target, '[[Extensible]]'),
  };
}
