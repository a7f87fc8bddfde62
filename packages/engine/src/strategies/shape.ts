/**
 * The shape of a strategy as a file exports it: what is wrong with a value meant to be one, checked
 * the same way in-process (--trusted) and for a sandbox (from what the file says of itself there).
 */
import type { ActorKind } from '../scenario/schema.js';

const KINDS: readonly ActorKind[] = ['state', 'firm', 'civil'];

/**
 * What is wrong with a value meant to be a strategy, or null: `{ id, name, description, meta: {
 * kinds, stochastic, memory }, decide }`.
 *
 * @example
 * strategyProblem({ id: 'x', name: 'X', meta: { kinds: [], stochastic: false, memory: false }, decide: () => null });
 * // 'meta.kinds must list some of state, firm, civil'
 */
export function strategyProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'no default export object (export default defineStrategy({ … }))';
  const s = value as Record<string, unknown>;
  if (!('id' in s) && !('decide' in s)) return 'no strategy object as the default export (export default defineStrategy({ id, name, meta, decide }))';
  if (typeof s['id'] !== 'string' || s['id'] === '') return 'id must be a non-empty string';
  if (typeof s['name'] !== 'string') return 'name must be a string';
  if (typeof s['decide'] !== 'function') return 'decide must be a function (view, request, rng) => sheet';
  const meta = s['meta'] as Record<string, unknown> | undefined;
  if (typeof meta !== 'object' || meta === null) return 'meta must be { kinds, stochastic, memory }';
  const kinds = meta['kinds'];
  if (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every((k) => KINDS.includes(k as ActorKind)))
    return `meta.kinds must list some of ${KINDS.join(', ')}`;
  if (typeof meta['stochastic'] !== 'boolean') return 'meta.stochastic must be a boolean';
  if (typeof meta['memory'] !== 'boolean') return 'meta.memory must be a boolean';
  for (const hook of ['initialMemory', 'observe']) {
    if (s[hook] === undefined) continue;
    if (typeof s[hook] !== 'function') return `${hook} must be a function`;
    if (meta['memory'] !== true) return `${hook} is given but meta.memory is false (the engine calls it only when meta.memory is true)`;
  }
  return null;
}

/** A file's default export, unwrapped once more where a TypeScript loader wrapped a CommonJS-style default. */
export function unwrapDefault(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !('decide' in value) && 'default' in value) return (value as { default: unknown }).default;
  return value;
}
