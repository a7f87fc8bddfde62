/**
 * Read-only windows on live data: what a strategy loaded from a file sees instead of its view and
 * events. On the fast path these point into the game state, so a write must never go through;
 * a deep copy per decision would cost more than the game itself (the public log grows all game).
 * A proxy wraps each object only when it is read, and any write throws (the engine then records a
 * fault and the seat gets the safe fallback).
 */

/**
 * A read-only window on `value`: reads see the live data, by property or by descriptor; writes,
 * deletes and property definitions throw a TypeError. Frozen objects are returned as they are: the
 * engine freezes only deeply (state/freeze.ts), so they and all they hold already refuse writes.
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
    // Without this, Object.getOwnPropertyDescriptor(view.public, 'text').value is the live array.
    getOwnPropertyDescriptor: (target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      return descriptor !== undefined && 'value' in descriptor ? { ...descriptor, value: wrap(descriptor.value) } : descriptor;
    },
    set: refuse('set'),
    deleteProperty: refuse('delete'),
    defineProperty: refuse('define'),
    setPrototypeOf: () => {
      throw new TypeError('the view is read-only (tried to set a prototype)');
    },
  };
}
