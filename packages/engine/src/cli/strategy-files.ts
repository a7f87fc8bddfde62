/**
 * User strategies from files: `--seat usa=./my-strategy.ts` (or .mts, .js, .mjs). TypeScript loads
 * without a build step (tsx's `tsImport`). The file's default export must be a strategy object of the
 * documented shape; every problem is a one-line error before the game starts.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActorKind, Strategy } from '../index.js';
import { UserError } from './errors.js';
import { readOnly } from './read-only.js';

const TYPESCRIPT = /\.(ts|mts|cts)$/;
const JAVASCRIPT = /\.(js|mjs|cjs)$/;
const KINDS: readonly ActorKind[] = ['state', 'firm', 'civil'];

/**
 * Whether a `--seat` strategy names a file rather than a built-in id: it has a script extension or
 * a path separator.
 */
export function isStrategyFile(strategy: string): boolean {
  return TYPESCRIPT.test(strategy) || JAVASCRIPT.test(strategy) || strategy.includes('/') || strategy.includes('\\');
}

/**
 * Loads the strategy a file exports by default.
 *
 * @param file - the path as the user gave it (relative to the working directory)
 * @param flag - the option that named it (e.g. `--seat usa=./my-bot.ts`), for error messages
 * @throws UserError (exit 2): no such file, not a script, does not load, or exports no valid strategy
 * @example
 * const strategy = await loadStrategyFile('./examples/strategies/cautious-state.ts', 'usa=./…');
 */
export async function loadStrategyFile(file: string, flag: string): Promise<Strategy> {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UserError(`geneva: ${flag}: ${file}: no such file`);
  if (!TYPESCRIPT.test(path) && !JAVASCRIPT.test(path))
    throw new UserError(`geneva: ${flag}: ${file}: a strategy file ends in .ts, .mts, .js or .mjs`);
  let module: Record<string, unknown>;
  try {
    module = (TYPESCRIPT.test(path) ? await importTypeScript(path) : await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new UserError(`geneva: ${flag}: ${file}: does not load: ${firstLine(error)}`);
  }
  // tsx may wrap a CommonJS-style default once more.
  const exported = unwrapDefault(module['default']);
  const problem = strategyProblem(exported);
  if (problem !== null) throw new UserError(`geneva: ${flag}: ${file}: the default export is not a strategy: ${problem}`);
  return isolated(exported as Strategy);
}

/**
 * A user strategy sees read-only windows on its view and events: on the fast path they point into
 * the live game state, and a strategy that wrote to them would change the game behind the rules'
 * back. A write throws, which the engine records as a fault (the seat gets the safe fallback).
 */
function isolated(strategy: Strategy): Strategy {
  const { observe } = strategy;
  return {
    ...strategy,
    decide: (view, request, rng, memory) => strategy.decide(readOnly(view), request, rng, memory),
    ...(observe ? { observe: (events, view, memory) => observe.call(strategy, readOnly(events), readOnly(view), memory) } : {}),
  };
}

function unwrapDefault(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !('decide' in value) && 'default' in value) return (value as { default: unknown }).default;
  return value;
}

/**
 * What is wrong with a value meant to be a strategy, or null: `{ id, name, description, meta: {
 * kinds, stochastic, memory }, decide }`.
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

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/**
 * Imports a TypeScript file through tsx, which is itself loaded only then: every batch worker and
 * every command loads this module, and most never see a TypeScript strategy.
 */
async function importTypeScript(path: string): Promise<unknown> {
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(pathToFileURL(path).href, import.meta.url);
}
