/**
 * Content hashes without Node's crypto (the engine also runs in the browser): cyrb53 over a
 * canonical JSON form, so two scenarios with the same content hash the same whatever their key order.
 */

/** A 53-bit hash of a string, as 14 hex digits. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

// V8 compiles the loop above "on stack replacement" during the first long text (a scenario's
// content hash), before the lines after the loop have ever run, and keeps that code: every later
// short call (each game's seed) entered it and bailed out at those lines, ~7% of a batch's time.
// A few short calls first (V8 keeps type feedback after ~8 calls) give the lines their feedback.
for (let i = 0; i < 16; i++) hashString(String(i));

/**
 * JSON with object keys sorted, so equal content gives equal text: the text of `JSON.stringify` with
 * every object's keys sorted (by UTF-16 code units), written in one pass. Scenarios are hashed once
 * per design point of a sweep, so this is on a batch's path.
 *
 * @example
 * canonicalJson({ b: [1, { d: 2, c: 3 }], a: 'x' }); // '{"a":"x","b":[1,{"c":3,"d":2}]}'
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? '';
}

/** `value` as JSON.stringify writes it, with sorted keys; undefined where JSON.stringify would omit it. */
function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return writeObject(value);
    case 'bigint':
      // As JSON.stringify does: it cannot write a bigint.
      return JSON.stringify(value);
    default:
      // undefined, functions and symbols: left out of objects, null in arrays.
      return undefined;
  }
}

function writeObject(value: object): string {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return write((value as { toJSON: () => unknown }).toJSON()) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + (write(value[i]) ?? 'null');
    return `${text}]`;
  }
  let text = '{';
  for (const key of sortedKeys(value)) {
    const item = write((value as Record<string, unknown>)[key]);
    if (item !== undefined) text += (text.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + item;
  }
  return `${text}}`;
}

/**
 * An object's keys sorted, in the order a JavaScript object built in that order lists them (the
 * order the text has always had): array-index keys ("0", "7", "10") first, in numeric order, then
 * the others by UTF-16 code units.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  if (!keys.some(isArrayIndex)) return keys.sort(byCodeUnits);
  const indices = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((k) => !isArrayIndex(k)).sort(byCodeUnits)];
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  // Most keys start with a letter: no need for the pattern.
  if (!(first >= 48 && first <= 57)) return false;
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

/**
 * The content hash of any JSON-safe value (a scenario): key order does not matter.
 *
 * @example
 * contentHash({ a: 1, b: 2 }) === contentHash({ b: 2, a: 1 }); // true
 */
export function contentHash(value: unknown): string {
  return hashString(canonicalJson(value));
}

/** A 32-bit integer hash of a string, to seed derived streams. */
export function hash32(text: string): number {
  return parseInt(hashString(text).slice(-8), 16) | 0;
}
