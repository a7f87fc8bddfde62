/**
 * Read-only windows on live data: what a strategy loaded from a file sees instead of its view and
 * events. On the fast path these point into the game state, so a write must never go through;
 * a deep copy per decision would cost more than the game itself (the public log grows all game).
 * A proxy wraps each object only when it is read, and any write throws (the engine then records a
 * fault and the seat gets the safe fallback).
 */

/**
 * A read-only window on `value`: reads see the live data; writes, deletes and property definitions
 * throw a TypeError. Frozen objects are returned as they are (they already refuse writes).
 *
 * @example
 * const view = readOnly(viewFor(state, 'usa'));
 * view.public.text[0] = 1; // TypeError: the view is read-only (tried to set 0)
 */
export function readOnly<T>(value: T): T {
  const windows = new WeakMap<object, object>();
  const wrap = (target: unknown): unknown => {
    if (typeof target !== 'object' || target === null || Object.isFrozen(target)) return target;
    let window = windows.get(target);
    if (window === undefined) {
      window = new Proxy(target, HANDLER(wrap));
      windows.set(target, window);
    }
    return window;
  };
  return wrap(value) as T;
}

const refuse = (what: string) => (_target: object, key: string | symbol): never => {
  throw new TypeError(`the view is read-only (tried to ${what} ${String(key)})`);
};

function HANDLER(wrap: (value: unknown) => unknown): ProxyHandler<object> {
  return {
    get: (target, key, receiver) => wrap(Reflect.get(target, key, receiver)),
    set: refuse('set'),
    deleteProperty: refuse('delete'),
    defineProperty: refuse('define'),
    setPrototypeOf: () => {
      throw new TypeError('the view is read-only (tried to set a prototype)');
    },
  };
}
