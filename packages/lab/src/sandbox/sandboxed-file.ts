/**
 * A strategy file run in V8 isolates (isolated-vm), as Screeps runs its players' code: a separate
 * heap with its own globals and built-ins, no Node API (no `process`, `require`, file system,
 * network, timers or shared memory), a memory limit per isolate and a time limit per call that
 * interrupts the code where it is. Only JSON text crosses, in and out, so the strategy holds
 * copies, never the engine's objects.
 *
 * Each seat a file plays gets its own isolate (kept for the next games of a worker), and each game
 * a fresh context in it: nothing a strategy leaves in its globals reaches another seat or another
 * game, so a game's result does not depend on which games a worker played before.
 */
import ivm from 'isolated-vm';
import { grantLiveViews, rngStateOf, StrategyFault, type Request, type Sheet, type GameEvent, type Memory, type Rng, type Strategy, type StrategyMeta, type View } from '@geneva/engine';
import type { Description, TurnInput } from './inside.js';
import { strategyProblem } from '@geneva/engine/tooling';
import { ViewSender, viewStatics } from './view-transfer.js';

/** The limits of a sandboxed strategy. */
export interface SandboxLimits {
  /** The heap of each of its isolates, in MB (isolated-vm's minimum is 8). */
  readonly memoryMb: number;
  /** How long one decision (or the file's start in a game) may run before it is interrupted, in ms. */
  readonly timeMs: number;
}

/** The default memory limit of a sandboxed strategy, in MB: ample for a bot, small beside the machine. */
export const DEFAULT_MEMORY_MB = 64;

/**
 * How long a file's modules may take to load in a context, at least: a start-up is not a decision,
 * and a tight decision budget must not fail an honest file's start (a few ms) on a busy machine.
 */
const MIN_START_MS = 2000;

/** The largest answer (sheet and memory, as JSON) a decision may return. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/**
 * Run in every context before the strategy's code: what a strategy must not have. `Math.random`
 * gives a fixed sequence while the file's modules load (libraries draw at load: seedrandom mixes
 * one draw into its pool), then throws: a decision draws from its `rng` argument, so that a replay
 * reproduces the game.
 */
const LOCKDOWN = `
delete globalThis.WebAssembly; delete globalThis.SharedArrayBuffer; delete globalThis.Atomics;
(() => {
  let locked = false, s = 0x2545f491;
  Object.defineProperty(Math, 'random', { value: function random() {
    if (locked) throw new Error('Math.random is not available to a strategy: draw from the rng argument, so that a replay reproduces the game');
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  } });
  Object.defineProperty(globalThis, '__genevaLoaded', { value: () => { locked = true; } });
})();`;

/** A strategy file that cannot load in a sandbox, and why (one line). */
export class SandboxLoadError extends Error {
  override readonly name = 'SandboxLoadError';
  /** True when the file loaded but its default export is not a strategy. */
  readonly notAStrategy: boolean;
  constructor(message: string, notAStrategy = false) {
    super(message);
    this.notAStrategy = notAStrategy;
  }
}

/** One game of a sandboxed file: its strategy for every seat it plays, and the end of the game. */
export interface SandboxSession {
  /** The strategy to hand the engine for this game (one object for every seat the file plays). */
  readonly strategy: Strategy;
  /** Frees the game's contexts; the strategy must not be used after. */
  close(): void;
}

/** A seat's isolate: one per seat the file plays in this thread, replaced when it dies. */
interface SeatIsolate {
  readonly isolate: ivm.Isolate;
  readonly script: ivm.Script;
}

/** A seat's context in one game. */
interface SeatGame {
  readonly isolate: ivm.Isolate;
  readonly context: ivm.Context | null;
  readonly turn: ivm.Reference<(input: string) => string> | null;
  readonly sender: ViewSender;
  /** Why this seat's strategy is stopped for the rest of the game, or null. */
  dead: string | null;
  /** The events `observe` was given before this decision (strategies with memory). */
  events: readonly GameEvent[] | null;
}

/**
 * A strategy file bundled for sandboxes; {@link SandboxedFile.session} gives each game its strategy.
 *
 * @example
 * const file = SandboxedFile.load(bundle.code, { memoryMb: 64, timeMs: 1000 });
 * const game = file.session();
 * const final = playGame(scenario, { strategies: (id) => (id === 'my-bot' ? game.strategy : builtinStrategy(id)) });
 * game.close();
 */
export class SandboxedFile {
  private readonly isolates = new Map<number, SeatIsolate>();

  private constructor(
    private readonly code: string,
    readonly limits: SandboxLimits,
    /** What the strategy says of itself (checked). */
    readonly description: { readonly id: string; readonly name: string; readonly description: string; readonly meta: StrategyMeta; readonly hooks: { readonly initialMemory: boolean; readonly observe: boolean } },
  ) {}

  /**
   * Starts the bundled script once in a fresh isolate and reads what it exports.
   *
   * @throws SandboxLoadError when it throws, hangs or exhausts memory at load, or exports no valid strategy
   */
  static load(code: string, limits: SandboxLimits): SandboxedFile {
    const isolate = new ivm.Isolate({ memoryLimit: limits.memoryMb });
    try {
      const context = started(isolate, isolate.compileScriptSync(code), limits);
      const describe = context.evalSync('__geneva.describe()', { timeout: limits.timeMs }) as unknown;
      const description = checkedDescription(typeof describe === 'string' ? (JSON.parse(describe) as Description | null) : null);
      return new SandboxedFile(code, limits, description);
    } catch (error) {
      if (error instanceof SandboxLoadError) throw error;
      throw new SandboxLoadError(stopReason(error, isolate, limits));
    } finally {
      if (!isolate.isDisposed) isolate.dispose();
    }
  }

  /**
   * A file already loaded (and described) elsewhere, e.g. in the main thread of a pool: a worker
   * does not run the file's start-up code again until a game needs it.
   */
  static prepared(code: string, limits: SandboxLimits, description: SandboxedFile['description']): SandboxedFile {
    return new SandboxedFile(code, limits, description);
  }

  /** The bundled script (for a worker to receive). */
  get script(): string {
    return this.code;
  }

  /** A new game: a strategy whose seats each start in a fresh context at their first decision. */
  session(): SandboxSession {
    const games = new Map<number, SeatGame>();
    const fresh = new WeakSet<object>();
    const { id, name, description, meta, hooks } = this.description;
    const decide = (view: View, request: Request, rng: Rng, memory: Memory): Sheet => {
      const game = games.get(view.seat) ?? this.open(view, games);
      return this.turn(game, view, request, rng, memory, fresh.has(memory));
    };
    const strategy: Strategy = {
      id,
      name,
      description,
      meta,
      decide,
      ...(meta.memory
        ? {
            initialMemory: () => {
              const memory: Memory = {};
              fresh.add(memory);
              return memory;
            },
            observe: (events: readonly GameEvent[], view: View) => {
              const game = games.get(view.seat) ?? this.open(view, games);
              game.events = hooks.observe ? events : null;
            },
          }
        : {}),
    };
    return {
      // It only copies its view out (as JSON): it may read it by reference.
      strategy: grantLiveViews(strategy),
      close: () => {
        for (const game of games.values()) release(game);
        games.clear();
      },
    };
  }

  /** Frees every isolate (the end of a worker's work). */
  dispose(): void {
    for (const { isolate } of this.isolates.values()) if (!isolate.isDisposed) isolate.dispose();
    this.isolates.clear();
  }

  /** The seat's context for this game, started with the view's unchanging parts. */
  private open(view: View, games: Map<number, SeatGame>): SeatGame {
    const seat = this.isolateFor(view.seat);
    let game: SeatGame;
    try {
      const context = started(seat.isolate, seat.script, this.limits);
      context.evalSync(`__geneva.open(${JSON.stringify(JSON.stringify(viewStatics(view)))})`, { timeout: this.limits.timeMs });
      const turn = context.global.getSync('__geneva', { reference: true }).getSync('turn', { reference: true }) as ivm.Reference<(input: string) => string>;
      game = { isolate: seat.isolate, context, turn, sender: new ViewSender(), dead: null, events: null };
    } catch (error) {
      const reason = error instanceof SandboxLoadError ? error.message : stopReason(error, seat.isolate, this.limits);
      game = { isolate: seat.isolate, context: null, turn: null, sender: new ViewSender(), dead: `could not start in this game (it ${reason}); the seat plays the safe default`, events: null };
    }
    games.set(view.seat, game);
    return game;
  }

  private isolateFor(seat: number): SeatIsolate {
    const known = this.isolates.get(seat);
    if (known !== undefined && !known.isolate.isDisposed) return known;
    const isolate = new ivm.Isolate({ memoryLimit: this.limits.memoryMb });
    const made = { isolate, script: isolate.compileScriptSync(this.code) };
    this.isolates.set(seat, made);
    return made;
  }

  /** One decision in the seat's context; a stopped or failing strategy is a {@link StrategyFault}. */
  private turn(game: SeatGame, view: View, request: Request, rng: Rng, memory: Memory, first: boolean): Sheet {
    if (game.dead !== null || game.turn === null) throw new StrategyFault(game.dead ?? 'is stopped');
    const input: TurnInput = { delta: game.sender.delta(view), request, rng: rngStateOf(rng) ?? { s0: 0, s1: 0, s2: 0, c: 1 }, memory: first ? null : memory, events: game.events };
    game.events = null;
    let answer: unknown;
    try {
      answer = game.turn.applySync(undefined, [JSON.stringify(input)], { timeout: this.limits.timeMs });
    } catch (error) {
      const reason = stopReason(error, game.isolate, this.limits);
      if (game.isolate.isDisposed) {
        game.dead = `was stopped earlier in this game (it ${reason}); the seat plays the safe default`;
        throw new StrategyFault(`${reason}; the seat plays the safe default for the rest of the game`);
      }
      // An interrupted receiver may hold part of this delta: the next decision sends everything again.
      game.sender.forget();
      throw new StrategyFault(reason);
    }
    return unpack(answer, memory);
  }
}

/** A fresh context in `isolate` with the lockdown and the bundled script run in it. */
function started(isolate: ivm.Isolate, script: ivm.Script, limits: SandboxLimits): ivm.Context {
  const context = isolate.createContextSync();
  context.evalSync(LOCKDOWN);
  try {
    script.runSync(context, { timeout: Math.max(MIN_START_MS, limits.timeMs) });
    context.evalSync('__genevaLoaded()');
  } catch (error) {
    if (!isolate.isDisposed) context.release();
    throw new SandboxLoadError(stopReason(error, isolate, limits, Math.max(MIN_START_MS, limits.timeMs)));
  }
  return context;
}

/** The sheet of an answer, with the memory written back in place (the engine stores a copy of it). */
function unpack(answer: unknown, memory: Memory): Sheet {
  if (typeof answer !== 'string') throw new StrategyFault('threw: its sandbox answered something other than the sheet');
  if (answer.length > MAX_ANSWER_BYTES) throw new StrategyFault(`returned ${(answer.length / 1048576).toFixed(1)} MB of sheet and memory (at most ${MAX_ANSWER_BYTES / 1048576} MB)`);
  const { sheet, memory: after } = JSON.parse(answer) as { sheet: Sheet; memory: Memory | null };
  if (after !== null && !Object.isFrozen(memory)) {
    for (const key of Object.keys(memory)) delete memory[key];
    // Defined, not assigned: a "__proto__" key in the answer stays a plain key.
    for (const [key, value] of Object.entries(after)) Object.defineProperty(memory, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return sheet;
}

/**
 * Why a call into the sandbox ended, in words that follow the strategy's id: out of memory,
 * interrupted at its time limit, or its own error.
 */
function stopReason(error: unknown, isolate: ivm.Isolate, limits: SandboxLimits, ms = limits.timeMs): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isolate.isDisposed || /memory limit/.test(message)) return `ran out of memory (its limit is ${limits.memoryMb} MB)`;
  if (/timed out/.test(message)) return `was stopped after ${ms} ms (its time limit)`;
  if (/was not an instance of `Error`/.test(message)) return 'threw something that is not an Error';
  return `threw: ${firstLine(error instanceof Error ? `${error.name}: ${message}` : message)}`;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).slice(0, 300);
}

function release(game: SeatGame): void {
  try {
    game.turn?.release();
    game.context?.release();
  } catch {
    // The isolate may be gone already (out of memory): nothing is left to free.
  }
}

/**
 * What the strategy says of itself, checked as an in-process strategy is (`strategyProblem`, on a
 * stand-in whose methods are functions where the strategy's are); a {@link SandboxLoadError}
 * naming the first problem.
 */
function checkedDescription(d: Description | null): SandboxedFile['description'] {
  const problem = strategyProblem(d === null ? null : standIn(d));
  if (d === null || problem !== null) throw new SandboxLoadError(`the default export is not a strategy: ${problem}`, true);
  const meta = d.meta as StrategyMeta;
  return {
    id: d.id as string,
    name: d.name as string,
    description: typeof d.description === 'string' ? d.description : '',
    meta: { kinds: meta.kinds, stochastic: meta.stochastic, memory: meta.memory },
    hooks: { initialMemory: d.initialMemory === 'function', observe: d.observe === 'function' },
  };
}

/** An object of the strategy's shape: its data as described, a function for each of its methods. */
function standIn(d: Description): Record<string, unknown> {
  const method = (type: string) => (type === 'function' ? () => undefined : type === 'undefined' ? undefined : type);
  const members: [string, unknown][] = [['id', d.id], ['name', d.name], ['description', d.description], ['meta', d.meta], ['decide', method(d.decide)], ['initialMemory', method(d.initialMemory)], ['observe', method(d.observe)]];
  return Object.fromEntries(members.filter(([, value]) => value !== undefined));
}
