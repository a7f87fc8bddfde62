/**
 * The JavaScript realm's built-ins, as a strategy running in-process could change them: a
 * snapshot of their own properties, to tell which ones a decision replaced (`Math.exp`,
 * `Array.prototype.push`, a new global…). In-process, such a change reaches the engine and every
 * other seat; in the sandbox it stays in the strategy's own realm, but it is never within the
 * contract.
 */

/** The objects watched, by name. */
const WATCHED: readonly (readonly [string, object])[] = [
  ['globalThis', globalThis],
  ['Object', Object],
  ['Object.prototype', Object.prototype],
  ['Function.prototype', Function.prototype],
  ['Array', Array],
  ['Array.prototype', Array.prototype],
  ['Math', Math],
  ['JSON', JSON],
  ['Reflect', Reflect],
  ['Number', Number],
  ['Number.prototype', Number.prototype],
  ['String.prototype', String.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['Promise.prototype', Promise.prototype],
  ['Int32Array.prototype', Int32Array.prototype],
  ['Float64Array.prototype', Float64Array.prototype],
  ['Object.getPrototypeOf(Int32Array.prototype)', Object.getPrototypeOf(Int32Array.prototype) as object],
];

/** What each watched property held: its value, getter and setter. */
export type RealmSnapshot = ReadonlyMap<string, readonly unknown[]>;

/** The watched built-ins' own properties now. */
export function realmSnapshot(): RealmSnapshot {
  const snapshot = new Map<string, readonly unknown[]>();
  for (const [name, object] of WATCHED)
    for (const key of Reflect.ownKeys(object)) {
      const d = Reflect.getOwnPropertyDescriptor(object, key);
      if (d !== undefined) snapshot.set(`${name}.${String(key)}`, [d.value, d.get, d.set]);
    }
  return snapshot;
}

/** The built-ins added, removed or replaced between two snapshots, by name. */
export function realmChanges(before: RealmSnapshot, after: RealmSnapshot): string[] {
  const changed: string[] = [];
  for (const [key, now] of after) {
    const then = before.get(key);
    if (then === undefined || then.some((v, i) => !Object.is(v, now[i]))) changed.push(key);
  }
  for (const key of before.keys()) if (!after.has(key)) changed.push(key);
  return changed;
}
