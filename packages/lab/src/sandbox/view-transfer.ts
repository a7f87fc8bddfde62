/**
 * A seat's view sent into a sandbox by difference. A view at the end of a game is ~100 KB, four
 * fifths of it the logs, the roll calls and the statements, which only ever grow by appending; the
 * actors, rules and articles never change during a game. Copying the whole view into the sandbox
 * at every decision cost ~1 ms (measured in docs/strategies.md), more than most decisions, so the
 * host sends the unchanging parts once per game and seat, and of the growing lists only what was
 * appended since the seat's previous decision. The receiver, inside the sandbox, rebuilds the whole
 * view: a copy that the strategy may read and change without touching anything outside.
 *
 * Pure code: it runs on the host (the sender) and inside the sandbox (the receiver).
 */
import type { View } from '@geneva/engine';
import { deepFreeze } from '@geneva/engine/tooling';

/** The lists of the public record that only grow by appending during a game. */
const PUBLIC_GROWING = ['log', 'statements', 'rollCalls'] as const;
/** The lists of a seat's private facts that only grow by appending during a game. */
const PRIVATE_GROWING = ['log'] as const;

/** The parts of a view that never change during a game: sent once per game and seat. */
export interface ViewStatics {
  readonly seat: number;
  readonly scenarioId: string;
  readonly horizonYears: number;
  readonly rules: View['rules'];
  readonly actors: View['actors'];
  readonly articles: View['articles'];
  readonly self: View['self'];
}

/** What changed since the previous transfer: the rest of the view, and the tails of the growing lists. */
export interface ViewDelta {
  /** The view without its unchanging parts, with the growing lists left out. */
  readonly view: Record<string, unknown>;
  /** For each growing list (`public.log`, …): the entries appended since the previous transfer. */
  readonly tails: Record<string, readonly unknown[]>;
  /** True when the receiver must forget what it holds (the lists shrank: another game, a rewind). */
  readonly reset: boolean;
}

/** The unchanging parts of a view. */
export function viewStatics(view: View): ViewStatics {
  return { seat: view.seat, scenarioId: view.scenarioId, horizonYears: view.horizonYears, rules: view.rules, actors: view.actors, articles: view.articles, self: view.self };
}

/** The host's side: remembers how much of each growing list one seat's sandbox already holds. */
export class ViewSender {
  private sent = new Map<string, number>();
  private lost = false;

  /** What to send for `view`, given what was sent before. */
  delta(view: View): ViewDelta {
    const lists = growingLists(view);
    const reset = this.lost || [...lists].some(([key, list]) => list.length < (this.sent.get(key) ?? 0));
    this.lost = false;
    if (reset) this.sent.clear();
    const tails: Record<string, readonly unknown[]> = {};
    for (const [key, list] of lists) {
      tails[key] = list.slice(this.sent.get(key) ?? 0);
      this.sent.set(key, list.length);
    }
    const { seat: _s, scenarioId: _i, horizonYears: _h, rules: _r, actors: _a, articles: _t, self: _f, public: pub, me, ...rest } = view;
    return { view: { ...rest, public: without(pub, PUBLIC_GROWING), me: without(me, PRIVATE_GROWING) }, tails, reset };
  }

  /** Forgets what was sent (the receiver was lost: the next delta carries everything). */
  forget(): void {
    this.sent.clear();
    this.lost = true;
  }
}

/** The sandbox's side: rebuilds whole views from the statics and the deltas. */
export class ViewReceiver {
  private lists = new Map<string, unknown[]>();

  constructor(private readonly statics: ViewStatics) {
    deepFreeze(statics);
  }

  /**
   * The whole view after `delta`, deeply frozen, as the host's views are read-only: a strategy that
   * writes to it gets the same TypeError in the sandbox as in-process. The entries of the growing
   * lists are frozen once, when received.
   */
  receive(delta: ViewDelta): View {
    if (delta.reset) this.lists.clear();
    for (const [key, tail] of Object.entries(delta.tails)) {
      const list = this.lists.get(key) ?? [];
      for (const entry of tail) list.push(deepFreeze(entry));
      this.lists.set(key, list);
    }
    const view = delta.view as { public: Record<string, unknown>; me: Record<string, unknown> };
    for (const key of PUBLIC_GROWING) view.public[key] = Object.freeze([...(this.lists.get(`public.${key}`) ?? [])]);
    for (const key of PRIVATE_GROWING) view.me[key] = Object.freeze([...(this.lists.get(`me.${key}`) ?? [])]);
    return deepFreeze({ ...(delta.view as object), ...this.statics }) as unknown as View;
  }
}

function growingLists(view: View): Map<string, readonly unknown[]> {
  const lists = new Map<string, readonly unknown[]>();
  for (const key of PUBLIC_GROWING) lists.set(`public.${key}`, view.public[key]);
  for (const key of PRIVATE_GROWING) lists.set(`me.${key}`, view.me[key]);
  return lists;
}

function without(record: object, keys: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of keys) delete copy[key];
  return copy;
}
