/**
 * Shared helpers of the conformance and property suites: the shipped scenarios, bots that decide
 * through the public API, a "talkative" wrapper that adds private messages and pledges to every
 * sheet (so information hiding is tested on real talk), and the checks of the model's invariants
 * and of information hiding on any state.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  applyDecision,
  builtinStrategy,
  createGame,
  deriveRng,
  pendingRequests,
  rngOf,
  shippedScenarioIds,
  parseScenario,
  viewFor,
  type GameEvent,
  type GameState,
  type Request,
  type Scenario,
  type SeatAssignment,
  type Sheet,
  type Strategy,
  type StrategyLookup,
} from '@geneva/engine';

export const SCENARIO_IDS: readonly string[] = shippedScenarioIds;

const parsed = new Map<string, Scenario>();

/** A shipped scenario (a fresh deep copy: callers may edit it). */
export function loadScenario(id: string): Scenario {
  let scenario = parsed.get(id);
  if (!scenario) {
    const path = fileURLToPath(new URL(`../../scenarios/${id}.yaml`, import.meta.url));
    const result = parseScenario(readFileSync(path, 'utf8'), path);
    if (!result.ok) throw new Error(`${id}: ${result.problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
    scenario = result.scenario;
    parsed.set(id, scenario);
  }
  return structuredClone(scenario);
}

/** Every seat played by one strategy. */
export function everySeat(scenario: Scenario, strategy: string): SeatAssignment {
  return Object.fromEntries(Object.keys(scenario.actors).map((id) => [id, strategy]));
}

/** The bound on a game's resolved steps: drafting, rounds and votes, signature, ratification, 3 a year. */
export function stepBound(scenario: Scenario): number {
  return 1 + 2 * scenario.rules.rounds + 2 + 3 * scenario.horizon.years;
}

/** The seat modes every conformance check runs in. */
export type Mode = 'bots' | 'random' | 'talkative';

/** Seats and strategies of a mode. */
export function modeOf(scenario: Scenario, mode: Mode): { seats?: SeatAssignment; strategies: StrategyLookup } {
  if (mode === 'random') return { seats: everySeat(scenario, 'random'), strategies: builtinStrategy };
  if (mode === 'talkative') return { strategies: talkative(builtinStrategy) };
  return { strategies: builtinStrategy };
}

/**
 * Each bot's sheet for every pending request, decided from the state at the start of the step with
 * the same random stream the engine derives for it (so they are the sheets `playBots` would give).
 */
export function botSheets(state: GameState, strategies: StrategyLookup = builtinStrategy): [Request, Sheet][] {
  return pendingRequests(state).map((r) => {
    const strategy = strategies(state.seats[r.seat]!);
    if (!strategy) throw new Error(`no strategy ${state.seats[r.seat]}`);
    return [r, strategy.decide(viewFor(state, r.seat), r, rngOf(deriveRng(state.seedHash, r.seat, r.step)), {})];
  });
}

/** Applies sheets through the public API, failing loudly on any refusal. */
export function applyAll(state: GameState, sheets: readonly (readonly [Request, Sheet])[]): GameState {
  let current = state;
  for (const [r, sheet] of sheets) {
    const result = applyDecision(current, r.seat, sheet);
    if (!result.ok) throw new Error(`${r.actor} refused: ${result.error.code} ${result.error.slot} ${result.error.message}`);
    current = result.state;
  }
  return current;
}

/** The marker in the text of every private message the talkative bots send. */
export const SECRET = 'psst';

/**
 * Wraps strategies so that every sheet that may talk also carries a private message to one other
 * seat (text `psst <from> to <to> at <step>`) and, where pledges are open, a private pledge.
 */
export function talkative(inner: StrategyLookup): StrategyLookup {
  const cache = new Map<string, Strategy | undefined>();
  return (id) => {
    if (cache.has(id)) return cache.get(id);
    const base = inner(id);
    const wrapped: Strategy | undefined = base && {
      ...base,
      id: `talkative-${base.id}`,
      decide(view, request, rng, memory) {
        const sheet = base.decide(view, request, rng, memory) as Sheet & { messages?: unknown[]; pledges?: unknown[] };
        const out: Record<string, unknown> = { ...sheet };
        const others = view.actors.filter((a) => a.index !== view.seat).map((a) => a.id);
        const messages = request.slots.messages;
        if (messages && (sheet.messages?.length ?? 0) < messages.max) {
          const to = others[(request.step * 7 + view.seat * 3) % others.length]!;
          out['messages'] = [...(sheet.messages ?? []), { to: [to], text: `${SECRET} ${view.self.id} to ${to} at ${request.step}` }];
        }
        const pledges = request.slots.pledges;
        if (pledges && (sheet.pledges?.length ?? 0) < pledges.max) {
          const kinds = pledges.kinds.filter((k) => k !== 'support-amendment' || pledges.amendments.length > 0);
          const kind = kinds[(request.step + view.seat) % kinds.length];
          if (kind) {
            const to = others[(request.step * 5 + view.seat) % others.length]!;
            const target = kind === 'support-amendment' ? pledges.amendments[0] : kind === 'no-operations' ? pledges.states.find((s) => s !== view.self.id) : undefined;
            const condition = kind === 'ratify-if' ? { states: pledges.states.filter((s) => s !== view.self.id).slice(0, 2), atLeast: 1 } : {};
            out['pledges'] = [...(sheet.pledges ?? []), { kind, to: [to], ...(target === undefined ? {} : { target }), ...condition }];
          }
        }
        return out as unknown as Sheet;
      },
    };
    cache.set(id, wrapped);
    return wrapped;
  };
}

// ---------------------------------------------------------------------------------------------
// Invariants: one checker for both suites (the engine's unit tests and this conformance suite).
// It recomputes the quorum itself rather than calling the rule, so it stays an independent oracle.

export { invariantProblems, quorumHolds } from '../../packages/engine/test/support/invariants.js';

// ---------------------------------------------------------------------------------------------
// Information hiding

const OMNISCIENT_KEYS = ['world', 'secret', 'rng', 'log', 'history', 'flow', 'tally', 'private', 'seats', 'scenario'];

/** Every object reachable from `root` (arrays and plain objects). */
function reachable(root: unknown): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return seen;
}

/** The objects of other seats' private facts and of the secret record, which no view may reach. */
function forbiddenFor(state: GameState, seat: number): Map<object, string> {
  const forbidden = new Map<object, string>();
  const add = (o: unknown, what: string) => {
    if (o !== null && typeof o === 'object') forbidden.set(o, what);
  };
  state.world.private.forEach((p, j) => {
    if (j === seat) return;
    add(p, `private facts of seat ${j}`);
    for (const [k, v] of Object.entries(p)) add(v, `private ${k} of seat ${j}`);
  });
  add(state.world.secret, 'the secret record');
  for (const [k, v] of Object.entries(state.world.secret)) add(v, `secret ${k}`);
  add(state.world.tally, 'the tally');
  add(state.rng, 'the generator');
  add(state.log, 'the omniscient log');
  add(state.history, 'the history of sheets');
  add(state.flow.step.sheets, "this step's sheets");
  return forbidden;
}

/** What seat `seat`'s view shows that it should not (empty when nothing leaks). `deep` walks the whole view. */
export function viewLeaks(state: GameState, seat: number, deep = true): string[] {
  const leaks: string[] = [];
  const view = viewFor(state, seat);
  for (const key of Object.keys(view)) if (OMNISCIENT_KEYS.includes(key)) leaks.push(`view of ${seat} has key ${key}`);
  if (view.me !== state.world.private[seat]) leaks.push(`view.me of ${seat} is not its own private facts`);
  if (view.seat !== seat) leaks.push(`view of ${seat} claims seat ${view.seat}`);
  if (deep) {
    const forbidden = forbiddenFor(state, seat);
    for (const o of reachable(view)) {
      const what = forbidden.get(o);
      if (what !== undefined) leaks.push(`view of ${seat} reaches ${what}`);
    }
  }
  const events: GameEvent[] = [...view.public.log, ...view.me.log];
  for (const e of events) {
    if (e.type === 'operation') leaks.push(`view of ${seat} shows an operation event (step ${e.step})`);
    if (e.visibleTo !== null && !e.visibleTo.includes(seat)) leaks.push(`view of ${seat} shows a ${e.type} meant for ${e.visibleTo.join(',')}`);
  }
  for (const m of view.me.inbox) if (m.from !== seat && !m.to.includes(seat)) leaks.push(`inbox of ${seat} holds a message from ${m.from} to ${m.to.join(',')}`);
  for (const p of view.me.pledges) if (p.by !== seat && !p.to.includes(seat)) leaks.push(`seat ${seat} holds pledge ${p.id} by ${p.by} to ${p.to.join(',')}`);
  for (const p of view.public.pledges) if (p.to.length > 0) leaks.push(`private pledge ${p.id} in the public record`);
  for (const m of view.public.statements) if (m.to.length > 0) leaks.push(`private message in the public statements`);
  return leaks;
}

/**
 * The drawn truth of each state's private type, as the numbers a serialised view would hold: only
 * values that differ from the table's starting estimate (drawn, not the scenario's) and that are
 * neither short nor near-round, so that they cannot appear in a view by coincidence.
 */
function drawnTruths(state: GameState): string[][] {
  return state.world.private.map((p, j) => {
    const start = startingEstimates(state)[j];
    if (p.kind !== 'state' || !start) return [];
    const pairs: [number, number][] = [
      ...p.ideal.map((x, a): [number, number] => [x, start.ideal[a]!]),
      [p.reservation, start.reservation],
      [p.domesticHurdle, start.domesticHurdle],
      [p.contentControl, start.contentControl],
      [p.contentTolerance, start.contentTolerance],
    ];
    // Near-round values (0.09999999999999998) come out of arithmetic on round numbers everywhere.
    const drawn = (x: number) => String(x).length >= 8 && Math.abs(x * 1000 - Math.round(x * 1000)) > 1e-6;
    return pairs.filter(([x, s]) => x !== s && drawn(x)).map(([x]) => String(x));
  });
}

const starts = new WeakMap<Scenario, ReturnType<typeof createGame>['world']['public']['estimates']>();

/** The table's estimates before any step (the scenario's values), for a state's scenario. */
function startingEstimates(state: GameState) {
  let start = starts.get(state.scenario);
  if (!start) {
    start = createGame(state.scenario, { seed: state.seed }).world.public.estimates;
    starts.set(state.scenario, start);
  }
  return start;
}

/**
 * Private types: no seat's serialised view holds another state's drawn truth (its true ideal,
 * reservation, hurdle or content preferences), while its own view holds its own.
 */
export function truthLeaks(state: GameState): string[] {
  const leaks: string[] = [];
  const truths = drawnTruths(state);
  for (const a of state.actors) {
    const view = viewFor(state, a.index);
    // The text and the roll calls' positions are what seats chose: a chair that drafts its own
    // ideal reveals it, as a delegate would. That is a seat's choice, not the engine's leak.
    const text = JSON.stringify({ ...view, public: { ...view.public, text: [], rollCalls: [] } });
    truths.forEach((values, j) => {
      for (const v of values) {
        const seen = text.includes(v);
        if (j !== a.index && seen) leaks.push(`${a.id}'s view holds ${state.actors[j]!.id}'s true value ${v}`);
        if (j === a.index && !seen) leaks.push(`${a.id}'s view misses its own true value ${v}`);
      }
    });
  }
  return leaks;
}

/**
 * Text-level check: the serialised view of each seat holds a talkative bot's private message (text
 * starting with {@link SECRET}) exactly when the seat sent or received it, and no other seat's
 * private facts as a whole.
 */
export function textLeaks(state: GameState): string[] {
  const leaks: string[] = [];
  const secretText = new RegExp(`"(${SECRET} [^"]*)"`, 'g');
  const privateTexts = state.world.private.map((p) => JSON.stringify(p));
  for (const a of state.actors) {
    const text = JSON.stringify(viewFor(state, a.index));
    const seen = new Set([...text.matchAll(secretText)].map((m) => m[1]!));
    const entitled = new Set(
      state.log.filter((e) => e.type === 'message' && e.text.startsWith(SECRET) && e.visibleTo?.includes(a.index)).map((e) => e.text),
    );
    for (const t of seen) if (!entitled.has(t)) leaks.push(`${a.id} sees the private message "${t}"`);
    for (const t of entitled) if (!seen.has(t)) leaks.push(`${a.id} misses its own message "${t}"`);
    privateTexts.forEach((t, j) => {
      if (j !== a.index && text.includes(t)) leaks.push(`${a.id}'s view contains seat ${j}'s private facts`);
    });
  }
  return leaks;
}
