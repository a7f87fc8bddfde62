/**
 * Deep freezing of plain data (JSON-like objects and arrays): what the engine hands a strategy that
 * it also keeps (requests and their shared slot lists) cannot be changed by one seat for another.
 */

/**
 * Freezes a plain value and everything in it, and returns it. An object already frozen is taken to
 * be frozen deeply (the engine freezes only this way), so shared parts are walked once.
 *
 * @example
 * const request = deepFreeze({ slots: { targets: { options: ['rus'], max: 1 } } });
 * request.slots.targets.max = 9; // TypeError in strict code; ignored otherwise
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
