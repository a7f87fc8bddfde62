/**
 * Watched copies: what `testStrategy` hands a strategy instead of its view, events and request. A
 * copy, so nothing the strategy does reaches the game; behind a proxy that refuses and records
 * every attempt to change it, by any route (assignment, `Object.defineProperty`, `delete`, a
 * prototype, a descriptor's value), even one the strategy catches and hides.
 */

/**
 * A deep copy of `value` that refuses every change and calls `onWrite` with the path of each attempt
 * (e.g. `public.text.0`).
 *
 * @example
 * const tries: string[] = [];
 * const view = watchedCopy(viewFor(state, 'usa'), 'view', (path) => tries.push(path));
 * try { Object.getOwnPropertyDescriptor(view.public, 'text')!.value.fill(1); } catch {}
 * tries; // ['view.public.text.0', …]
 */
export function watchedCopy<T>(value: T, name: string, onWrite: (path: string) => void): T {
  const proxies = new WeakMap<object, object>();
  const wrap = (target: unknown, path: string): unknown => {
    if (typeof target !== 'object' || target === null) return target;
    let proxy = proxies.get(target);
    if (proxy === undefined) {
      proxy = new Proxy(target, handler(path, wrap, onWrite));
      proxies.set(target, proxy);
    }
    return proxy;
  };
  return wrap(structuredClone(value), name) as T;
}

function handler(path: string, wrap: (target: unknown, path: string) => unknown, onWrite: (path: string) => void): ProxyHandler<object> {
  const at = (key: string | symbol) => `${path}.${String(key)}`;
  const refuse = (key: string | symbol): never => {
    onWrite(at(key));
    throw new TypeError(`${at(key)} is read-only (a strategy may not change what it is given)`);
  };
  return {
    get: (target, key, receiver) => wrap(Reflect.get(target, key, receiver), at(key)),
    getOwnPropertyDescriptor: (target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      return descriptor !== undefined && 'value' in descriptor ? { ...descriptor, value: wrap(descriptor.value, at(key)) } : descriptor;
    },
    set: (_target, key) => refuse(key),
    defineProperty: (_target, key) => refuse(key),
    deleteProperty: (_target, key) => refuse(key),
    setPrototypeOf: () => refuse('[[Prototype]]'),
    preventExtensions: () => refuse('[[Extensible]]'),
  };
}
