/**
 * The harness that runs inside a strategy's sandbox, bundled with the strategy file: it answers the
 * host's three calls with JSON text in and out, so nothing but copies ever crosses. `describe` gives
 * the strategy's id, name and meta at load; `open` starts a seat's game with the view's unchanging
 * parts; `turn` runs one decision: the initial memory at the first, `observe` on the new events,
 * then `decide`, and returns the sheet and the memory.
 *
 * Pure code: no Node or DOM API (there is none in the sandbox).
 */
import { rngOf, type Memory, type Strategy, type RngState, type GameEvent, type Request } from '@geneva/engine';
import { unwrapDefault, deepFreeze } from '@geneva/engine/tooling';
import { ViewReceiver, type ViewDelta, type ViewStatics } from './view-transfer.js';

/** What the host sends for one decision. */
export interface TurnInput {
  readonly delta: ViewDelta;
  readonly request: Request;
  /** The seat's random stream at this step (a copy of the generator's state). */
  readonly rng: RngState;
  /** The memory to decide with; null at the seat's first decision (the strategy's initial memory). */
  readonly memory: Memory | null;
  /** The events the seat could see since its previous decision (strategies with memory). */
  readonly events: readonly GameEvent[] | null;
}

/**
 * What the strategy says of itself: its identity and meta as they are, and of its methods only
 * their `typeof` (functions do not cross): the host checks its shape from this.
 */
export interface Description {
  readonly id: unknown;
  readonly name: unknown;
  readonly description: unknown;
  readonly meta: unknown;
  readonly decide: string;
  readonly initialMemory: string;
  readonly observe: string;
}

/** The calls the host makes, each with JSON text in and out. */
export interface Harness {
  describe(): string;
  open(statics: string): void;
  turn(input: string): string;
}

const NO_MEMORY: Memory = Object.freeze({}) as Memory;

/**
 * Installs the harness for `exported` (the strategy file's default export) as `globalThis.__geneva`.
 */
export function install(exported: unknown): void {
  const strategy = unwrapDefault(exported) as Strategy;
  let receiver: ViewReceiver | null = null;
  const harness: Harness = {
    describe: () => JSON.stringify(describe(strategy)),
    open(statics) {
      receiver = new ViewReceiver(JSON.parse(statics) as ViewStatics);
    },
    turn(text) {
      if (receiver === null) throw new Error('the sandbox was not opened');
      const input = JSON.parse(text) as TurnInput;
      const view = receiver.receive(input.delta);
      deepFreeze(input.request);
      // Without meta.memory a strategy's memory is a frozen {}, as in the host: a write is a fault.
      const memory = strategy.meta.memory ? (input.memory ?? strategy.initialMemory?.(view) ?? {}) : NO_MEMORY;
      if (strategy.meta.memory && input.events !== null) strategy.observe?.(input.events, view, memory);
      const sheet = strategy.decide(view, input.request, rngOf(input.rng), memory);
      return JSON.stringify({ sheet, memory: strategy.meta.memory ? memory : null });
    },
  };
  Object.defineProperty(globalThis, '__geneva', { value: harness });
}

function describe(strategy: unknown): Description | null {
  if (typeof strategy !== 'object' || strategy === null) return null;
  const s = strategy as Record<string, unknown>;
  return { id: s['id'], name: s['name'], description: s['description'], meta: s['meta'], decide: typeof s['decide'], initialMemory: typeof s['initialMemory'], observe: typeof s['observe'] };
}
