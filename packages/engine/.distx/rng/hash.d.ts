/**
 * Content hashes without Node's crypto (the engine also runs in the browser): cyrb53 over a
 * canonical JSON form, so two scenarios with the same content hash the same whatever their key order.
 */
/** A 53-bit hash of a string, as 14 hex digits. */
export declare function hashString(text: string, seed?: number): string;
/** JSON with object keys sorted, so equal content gives equal text. */
export declare function canonicalJson(value: unknown): string;
/**
 * The content hash of any JSON-safe value (a scenario): key order does not matter.
 *
 * @example
 * contentHash({ a: 1, b: 2 }) === contentHash({ b: 2, a: 1 }); // true
 */
export declare function contentHash(value: unknown): string;
/** A 32-bit integer hash of a string, to seed derived streams. */
export declare function hash32(text: string): number;
