/**
 * Content hashes without Node's crypto (the engine also runs in the browser): cyrb53 over a
 * canonical JSON form, so two scenarios with the same content hash the same whatever their key order.
 */
/** A 53-bit hash of a string, as 14 hex digits. */
export function hashString(text, seed = 0) {
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
/** JSON with object keys sorted, so equal content gives equal text. */
export function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v);
}
/**
 * The content hash of any JSON-safe value (a scenario): key order does not matter.
 *
 * @example
 * contentHash({ a: 1, b: 2 }) === contentHash({ b: 2, a: 1 }); // true
 */
export function contentHash(value) {
    return hashString(canonicalJson(value));
}
/** A 32-bit integer hash of a string, to seed derived streams. */
export function hash32(text) {
    return parseInt(hashString(text).slice(-8), 16) | 0;
}
//# sourceMappingURL=hash.js.map