/**
 * User strategies from files: `--seat usa=./my-strategy.ts` (or .mts, .js, .mjs). By default a file
 * runs sandboxed: bundled with esbuild (TypeScript needs no build step) and run in V8 isolates with
 * a memory and a time limit, receiving copies of its view, request, random stream and memory. With
 * `--trusted` it is imported in-process (tsx's `tsImport`) for speed. The file's default export must
 * be a strategy object of the documented shape; every problem is a one-line error before the game
 * starts.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinStrategy, StrategyFault, type Strategy, type StrategyLookup, type StrategyMeta } from '@geneva/engine';
import { strategyProblem, unwrapDefault } from '@geneva/engine/tooling';
import { bundleStrategy } from '../sandbox/bundle.js';
import { SandboxedFile, SandboxLoadError, type SandboxLimits } from '../sandbox/sandboxed-file.js';
import { UserError } from './errors.js';

const TYPESCRIPT = /\.(ts|mts|cts)$/;
const JAVASCRIPT = /\.(js|mjs|cjs)$/;

/**
 * Whether a `--seat` strategy names a file rather than a built-in id: it has a script extension or
 * a path separator.
 */
export function isStrategyFile(strategy: string): boolean {
  return TYPESCRIPT.test(strategy) || JAVASCRIPT.test(strategy) || strategy.includes('/') || strategy.includes('\\');
}

/** How strategy files are run: sandboxed (the default) with these limits, or trusted, in-process. */
export interface FileLoading {
  /** Run files in-process, unsandboxed (`--trusted`): only for an author's own files, for speed. */
  readonly trusted: boolean;
  /** The sandbox's memory and time limits (the time limit is the decision budget). */
  readonly limits: SandboxLimits;
}

/** What a worker needs to load a strategy file again: its sandbox script, or its path (trusted). */
export type StrategySource =
  | { readonly kind: 'sandboxed'; readonly code: string; readonly limits: SandboxLimits; readonly description: SandboxedFile['description'] }
  | { readonly kind: 'trusted'; readonly path: string };

/** A game's strategy from a file, and the end of that game (which frees its sandboxes). */
export interface GameStrategy {
  readonly strategy: Strategy;
  close(): void;
}

/** A strategy file, loaded and checked. */
export interface LoadedStrategyFile {
  readonly id: string;
  readonly meta: StrategyMeta;
  /** What a worker needs to load it again. */
  readonly source: StrategySource;
  /** The strategy for one game: sandboxed files start fresh in every game. */
  session(): GameStrategy;
  /** Frees what the file holds (its isolates). */
  dispose(): void;
}

/**
 * Loads the strategy a file exports by default: bundled and run in a sandbox (a V8 isolate with
 * memory and time limits, see sandbox/sandboxed-file.ts), or imported in-process when `trusted`.
 *
 * @param file - the path as the user gave it (relative to the working directory)
 * @param flag - the option that named it (e.g. `--seat usa=./my-bot.ts`), for error messages
 * @throws UserError (exit 2): no such file, not a script, does not load, or exports no valid strategy
 * @example
 * const file = await loadStrategyFile('./examples/strategies/cautious-state.ts', '--seat usa=…', { trusted: false, limits: { memoryMb: 64, timeMs: 1000 } });
 */
export async function loadStrategyFile(file: string, flag: string, loading: FileLoading): Promise<LoadedStrategyFile> {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UserError(`geneva: ${flag}: ${file}: no such file`);
  if (!TYPESCRIPT.test(path) && !JAVASCRIPT.test(path))
    throw new UserError(`geneva: ${flag}: ${file}: a strategy file ends in .ts, .mts, .js or .mjs`);
  if (loading.trusted) return trustedFile(await importTrusted(path, file, flag), path);
  const bundle = await bundleStrategy(path);
  if (!bundle.ok) throw new UserError(`geneva: ${flag}: ${file}: does not load in the sandbox: ${bundle.reason}`);
  try {
    return sandboxedFile(SandboxedFile.load(bundle.code, loading.limits));
  } catch (error) {
    if (error instanceof SandboxLoadError)
      throw new UserError(`geneva: ${flag}: ${file}: ${error.notAStrategy ? '' : 'does not load in the sandbox: '}${error.message}`);
    throw error;
  }
}

/**
 * A strategy file again, from what the main thread loaded: in a worker. A trusted file that fails
 * to load there (it may behave otherwise in a worker) becomes a strategy whose every decision is a
 * fault of its own seat, so the other games and seats go on.
 */
export async function strategyFromSource(source: StrategySource, name: string): Promise<LoadedStrategyFile> {
  if (source.kind === 'sandboxed') return sandboxedFile(SandboxedFile.prepared(source.code, source.limits, source.description));
  try {
    return trustedFile(await importTrusted(source.path, name, name), source.path);
  } catch (error) {
    const reason = error instanceof UserError ? error.message.replace(`geneva: ${name}: ${name}: `, '') : String(error);
    return brokenFile(name, reason, source.path);
  }
}

/**
 * The strategies of one game: `files` by name, each in a fresh session, then the built-ins; `close`
 * ends the game's sessions.
 */
export function gameStrategies(files: ReadonlyMap<string, LoadedStrategyFile>): { readonly lookup: StrategyLookup; close(): void } {
  const sessions = new Map<string, GameStrategy>();
  return {
    lookup: (id) => {
      const file = files.get(id);
      if (file === undefined) return builtinStrategy(id);
      const session = sessions.get(id) ?? file.session();
      sessions.set(id, session);
      return session.strategy;
    },
    close: () => {
      for (const session of sessions.values()) session.close();
      sessions.clear();
    },
  };
}

/**
 * Runs one game with `files` (then the built-ins) as its strategies, and frees their sandboxes
 * after, whatever happens: the files are used for this game only.
 */
export function withGameStrategies<T>(files: ReadonlyMap<string, LoadedStrategyFile>, play: (strategies: StrategyLookup) => T): T {
  const game = gameStrategies(files);
  try {
    return play(game.lookup);
  } finally {
    game.close();
    for (const file of files.values()) file.dispose();
  }
}

function sandboxedFile(file: SandboxedFile): LoadedStrategyFile {
  const { id, meta } = file.description;
  return {
    id,
    meta,
    source: { kind: 'sandboxed', code: file.script, limits: file.limits, description: file.description },
    session: () => file.session(),
    dispose: () => file.dispose(),
  };
}

/**
 * A trusted file: in-process. The engine gives it read-only windows on its view and events (as to
 * every strategy that is not its own, see `grantLiveViews`): a write throws, a fault of its seat.
 */
function trustedFile(strategy: Strategy, path: string): LoadedStrategyFile {
  return { id: strategy.id, meta: strategy.meta, source: { kind: 'trusted', path }, session: () => ({ strategy, close: () => undefined }), dispose: () => undefined };
}

/** A trusted file that loaded in the main thread but not in a worker: each decision is its fault. */
function brokenFile(name: string, reason: string, path: string): LoadedStrategyFile {
  const strategy: Strategy = {
    id: name,
    name,
    description: '',
    meta: { kinds: ['state', 'firm', 'civil'], stochastic: false, memory: false },
    decide: () => {
      throw new StrategyFault(`could not load in this worker: ${reason}`);
    },
  };
  return { id: name, meta: strategy.meta, source: { kind: 'trusted', path }, session: () => ({ strategy, close: () => undefined }), dispose: () => undefined };
}

/** The trusted files this process has loaded: they may have broken anything in it. */
const trustedLoaded = new Set<string>();

/**
 * The strategy files this process runs in-process (`--trusted`), as given: an unexpected failure
 * may be theirs, not Geneva's.
 */
export function trustedFilesLoaded(): readonly string[] {
  return [...trustedLoaded];
}

/** Imports a trusted file in-process and checks its default export. */
async function importTrusted(path: string, file: string, flag: string): Promise<Strategy> {
  trustedLoaded.add(file);
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
  return exported as Strategy;
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
