/**
 * Replay files: scenario id and content hash, seed, seats and every step's sheets (plus the faults
 * recorded), and the outcome reached. Replaying feeds the sheets back step by step through the same
 * engine; the first place where the game goes another way is reported as a divergence.
 */
import { freeze, produce } from 'immer';
import { contentHash } from '../rng/hash.js';
import type { Scenario } from '../scenario/schema.js';
import { createState } from '../state/create.js';
import type { GameState, RollCall, SeatMemory } from '../state/types.js';
import { ARTICLES } from '../scenario/articles.js';
import type { Sheet } from '../flow/sheets.js';
import { compiledPhaseDriver, purePhaseDriver } from '../flow/machine.js';
import { advance, beginGame, inject, markStandIn, recordFault, remember, submit } from '../flow/step.js';
import { outcomeOf, type Outcome } from '../outcome/outcome.js';
import { ENGINE_VERSION } from './version.js';
import { botDecision, type StepDecisions } from '../game/bots.js';
import type { Strategy } from '../strategies/strategy.js';

/** The format tag of a replay file. */
export const REPLAY_FORMAT = 'geneva-replay';
/** The version of the replay format. */
export const REPLAY_VERSION = 1;

/** One step of a replay file. */
export interface ReplayStep {
  readonly step: number;
  readonly phase: string;
  readonly round: number;
  readonly year: number;
  /** Sheets by actor id. */
  readonly sheets: Readonly<Record<string, Sheet>>;
  /** Faults by actor id. */
  readonly faults?: Readonly<Record<string, string>>;
  /** Strategy memories after the step, by actor id (seats whose strategy keeps memory). */
  readonly memory?: Readonly<Record<string, SeatMemory>>;
  /** Scheduled events a facilitator triggered early during the step (indices in the scenario's `events`). */
  readonly injected?: readonly number[];
  /** Human seats whose sheet a bot decided, standing in for an absent team (actor ids). */
  readonly standIns?: readonly string[];
}

/** A replay file. */
export interface ReplayRecord {
  readonly format: typeof REPLAY_FORMAT;
  readonly version: number;
  readonly engine: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  /** The scenario itself, when it is not a shipped one as is (a batch run with swept parameters). */
  readonly scenarioData?: Scenario;
  readonly seed: string;
  /** Who played each seat, by actor id. */
  readonly seats: Readonly<Record<string, string>>;
  readonly steps: readonly ReplayStep[];
  /** Every roll call of the game, in order: who voted how on each amendment and on the text (by actor id). */
  readonly rollCalls?: readonly ReplayRollCall[];
  /** The outcome the game reached when recorded. */
  readonly outcome: Outcome;
}

/** A roll call in a replay file: one vote on an amendment (numbered from 1, as people read it) or on the text (`amendment` null). */
export interface ReplayRollCall {
  readonly step: number;
  readonly round: number;
  readonly amendment: number | null;
  /** The article the amendment moves, its author, and the positions before and proposed (null for the text). */
  readonly article: string | null;
  readonly by: string | null;
  readonly from: number | null;
  readonly to: number | null;
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly abstain: readonly string[];
  /** The weighted yes share among those voting, and whether it passed. */
  readonly share: number;
  readonly passed: boolean;
}

/** Where a replay went another way. */
export interface Divergence {
  /** The step (or -1 for the final outcome). */
  readonly step: number;
  readonly reason: string;
}

/** The result of a replay. */
export type ReplayResult =
  | { readonly ok: true; readonly state: GameState; readonly outcome: Outcome }
  | { readonly ok: false; readonly divergence: Divergence; readonly state: GameState };

/**
 * The replay record of a game (finished or not).
 *
 * @example
 * fs.writeFileSync('game.replay.json', JSON.stringify(replayRecordOf(final)));
 * replayRecordOf(final, { embedScenario: true }); // self-contained: for a scenario that is not shipped as is
 */
export function replayRecordOf(state: GameState, options: { readonly embedScenario?: boolean } = {}): ReplayRecord {
  const id = (i: number) => state.actors[i]!.id;
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    engine: ENGINE_VERSION,
    scenario: { id: state.scenarioId, hash: state.scenarioHash },
    ...(options.embedScenario ? { scenarioData: state.scenario } : {}),
    seed: state.seed,
    seats: Object.fromEntries(state.actors.map((a) => [a.id, state.seats[a.index]!])),
    steps: state.history.map((h) => ({
      step: h.index,
      phase: h.phase,
      round: h.round,
      year: h.year,
      sheets: Object.fromEntries(h.seats.map((seat, k) => [id(seat), h.sheets[k]!])),
      ...(h.faults.length > 0 ? { faults: Object.fromEntries(h.faults.map(([seat, reason]) => [id(seat), reason])) } : {}),
      ...(h.memory.length > 0 ? { memory: Object.fromEntries(h.memory.map(([seat, memory]) => [id(seat), memory])) } : {}),
      ...(h.injected !== undefined ? { injected: [...h.injected] } : {}),
      ...(h.standIns !== undefined ? { standIns: h.standIns.map(id) } : {}),
    })),
    rollCalls: state.world.public.rollCalls.map((c) => replayRollCall(c, id)),
    outcome: outcomeOf(state),
  };
}

function replayRollCall(c: RollCall, id: (i: number) => string): ReplayRollCall {
  const voters = (vote: string) => c.votes.flatMap((v, i) => (v === vote ? [id(i)] : []));
  const text = c.amendment < 0;
  return {
    step: c.step,
    round: c.round,
    amendment: text ? null : c.amendment + 1,
    article: text ? null : (ARTICLES[c.article] ?? null),
    by: text ? null : id(c.by),
    from: text ? null : c.from,
    to: text ? null : c.to,
    yes: voters('yes'),
    no: voters('no'),
    abstain: voters('abstain'),
    share: c.share,
    passed: c.passed,
  };
}

/** Options of {@link replay}. */
export interface ReplayOptions {
  /**
   * Strategies to decide again, by actor id: instead of feeding back their recorded sheets, the
   * replay asks them, and reports the first step where one decides otherwise (a regression check
   * of a strategy against recorded games). Their memories and faults are recomputed, not restored.
   */
  readonly redecide?: Readonly<Record<string, Strategy>>;
}

/**
 * Replays a record against a scenario: the same seed and seats, the recorded sheets fed back
 * step by step. Reports the first divergence: a step asked of other seats or in another phase, a
 * sheet no longer legal, a strategy of `options.redecide` deciding otherwise, or a different final
 * outcome.
 *
 * @example
 * const result = replay(scenario, record);
 * if (!result.ok) console.error(`diverged at step ${result.divergence.step}: ${result.divergence.reason}`);
 * replay(scenario, record, { redecide: { usa: myStrategy } }); // does my strategy still play usa this way?
 */
export function replay(scenario: Scenario, record: ReplayRecord, options: ReplayOptions = {}): ReplayResult {
  const seats = Object.keys(scenario.actors).map((id) => record.seats[id] ?? scenario.actors[id]!.strategy);
  const state = createState(scenario, record.seed, seats, contentHash(scenario));
  beginGame(state, compiledPhaseDriver);
  for (const step of record.steps) {
    const problem = replayStep(state, step, options.redecide ?? {});
    if (problem !== null) return { ok: false, divergence: { step: step.step, reason: problem }, state };
  }
  const outcome = outcomeOf(state);
  const difference = firstDifference(record.outcome, outcome);
  if (difference !== null) return { ok: false, divergence: { step: -1, reason: difference }, state };
  return { ok: true, state, outcome };
}

/** The result of {@link replayTimeline}. */
export type TimelineResult =
  | { readonly ok: true; readonly states: readonly GameState[]; readonly outcome: Outcome }
  | { readonly ok: false; readonly divergence: Divergence; readonly states: readonly GameState[] };

/**
 * Replays a record keeping the state at every step boundary, for a client that scrubs through a
 * game: `states[0]` is the game before its first step and `states[k + 1]` the game after step k.
 * The states are frozen and share their unchanged parts (immer), so a whole game costs little more
 * than its last state. On a divergence, the states up to it are kept.
 *
 * @example
 * const timeline = replayTimeline(scenario, record);
 * if (timeline.ok) showStep(timeline.states[3]!); // the table after the third step
 */
export function replayTimeline(scenario: Scenario, record: ReplayRecord): TimelineResult {
  const seats = Object.keys(scenario.actors).map((id) => record.seats[id] ?? scenario.actors[id]!.strategy);
  const start = createState(scenario, record.seed, seats, contentHash(scenario));
  beginGame(start, purePhaseDriver);
  const states: GameState[] = [freeze(start, true)];
  for (const step of record.steps) {
    let problem: string | null = null;
    const next = produce(states[states.length - 1]!, (draft) => {
      problem = replayStep(draft, step, {}, purePhaseDriver);
    });
    if (problem !== null) return { ok: false, divergence: { step: step.step, reason: problem }, states };
    states.push(next);
  }
  const outcome = outcomeOf(states[states.length - 1]!);
  const difference = firstDifference(record.outcome, outcome);
  if (difference !== null) return { ok: false, divergence: { step: -1, reason: difference }, states };
  return { ok: true, states, outcome };
}

/** The part of a record needed to rebuild a game: seed, seats and steps. */
export type RecordedSteps = Pick<ReplayRecord, 'seed' | 'seats' | 'steps'>;

/**
 * Rebuilds a game from recorded steps, without checking any outcome, and leaves it positioned
 * after them, ready to go on: how a server forks a class's game at an earlier step, or rolls one
 * back. Fails, with the states up to the problem, like {@link replay}.
 *
 * @example
 * const upToStep5 = { ...record, steps: record.steps.filter((s) => s.step < 5) };
 * const resumed = resumeRecord(scenario, upToStep5);
 * if (resumed.ok) game = resumed.state; // at step 5, as it was
 */
export function resumeRecord(scenario: Scenario, record: RecordedSteps): { readonly ok: true; readonly state: GameState } | { readonly ok: false; readonly divergence: Divergence; readonly state: GameState } {
  const seats = Object.keys(scenario.actors).map((id) => record.seats[id] ?? scenario.actors[id]!.strategy);
  const state = createState(scenario, record.seed, seats, contentHash(scenario));
  beginGame(state, compiledPhaseDriver);
  for (const step of record.steps) {
    const problem = replayStep(state, step, {});
    if (problem !== null) return { ok: false, divergence: { step: step.step, reason: problem }, state: freeze(state, true) };
  }
  return { ok: true, state: freeze(state, true) };
}

function replayStep(state: GameState, step: ReplayStep, redecide: Readonly<Record<string, Strategy>>, driver = compiledPhaseDriver): string | null {
  const { flow } = state;
  if (flow.phase === 'concluded') return 'the game ended before this step';
  if (flow.phase !== step.phase || flow.round !== step.round || flow.year !== step.year)
    return `the game is in ${flow.phase} (round ${flow.round}, year ${flow.year}), the record in ${step.phase} (round ${step.round}, year ${step.year})`;
  const asked = flow.step.requests.map((r) => state.actors[r.seat]!.id);
  const recorded = Object.keys(step.sheets);
  if (asked.join(',') !== recorded.join(','))
    return `the seats asked differ: now ${asked.join(', ') || 'none'}; recorded ${recorded.join(', ') || 'none'}`;
  const seatOf = (id: string) => state.actors.findIndex((a) => a.id === id);
  const stranger = [...Object.keys(step.faults ?? {}), ...Object.keys(step.memory ?? {}), ...(step.standIns ?? [])].find((id) => seatOf(id) < 0);
  if (stranger !== undefined) return `the record names an actor not in the game: ${stranger}`;
  // Decisions asked again are taken from the state at the step's start, as they were.
  const again: StepDecisions = { sheets: [], faults: [], memories: [] };
  for (const r of flow.step.requests) {
    const strategy = redecide[r.actor];
    if (strategy === undefined) continue;
    const sheet = botDecision(state, r, strategy, again);
    if (JSON.stringify(sheet) !== JSON.stringify(step.sheets[r.actor])) return `${r.actor}'s strategy ${strategy.id} now decides ${brief(sheet)}; recorded ${brief(step.sheets[r.actor])}`;
  }
  for (const r of flow.step.requests) {
    const fault = redecide[r.actor] === undefined ? step.faults?.[r.actor] : again.faults.find(([seat]) => seat === r.seat)?.[1];
    if (fault !== undefined) recordFault(state, r.seat, fault);
  }
  for (const r of flow.step.requests) {
    const memory = redecide[r.actor] === undefined ? step.memory?.[r.actor] : again.memories.find(([seat]) => seat === r.seat)?.[1];
    if (memory !== undefined) remember(state, r.seat, memory);
  }
  for (const id of step.standIns ?? []) markStandIn(state, seatOf(id));
  // A facilitator's trigger came after the bots' answers at the step's start, before the rest.
  for (const k of step.injected ?? []) {
    const refused = inject(state, k);
    if (refused !== null) return `the record triggers an event that cannot be: ${refused}`;
  }
  for (const r of flow.step.requests) {
    const error = submit(state, r.seat, step.sheets[r.actor]!);
    if (error !== null) return `${r.actor}'s recorded sheet is no longer legal: ${error.slot === '' ? '' : `${error.slot}: `}${error.message}`;
  }
  advance(state, driver);
  return null;
}

/** A sheet in at most 160 characters of JSON, for a divergence message. */
function brief(sheet: unknown): string {
  const text = JSON.stringify(sheet) ?? 'nothing';
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function firstDifference(expected: Outcome, actual: Outcome): string | null {
  for (const key of Object.keys(expected) as (keyof Outcome)[]) {
    const a = JSON.stringify(expected[key]);
    const b = JSON.stringify(actual[key]);
    if (a !== b) return `outcome.${key}: recorded ${a}, replayed ${b}`;
  }
  return null;
}

/**
 * Checks that parsed JSON is a replay file, returning an error message when it is not.
 *
 * @example
 * const problem = replayFileProblem(JSON.parse(text));
 */
export function replayFileProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'not a Geneva replay file';
  const r = data as Record<string, unknown>;
  if (r['format'] !== REPLAY_FORMAT) return 'not a Geneva replay file (no "format": "geneva-replay")';
  if (typeof r['version'] !== 'number' || r['version'] > REPLAY_VERSION) return `replay format version ${String(r['version'])} is not supported (up to ${REPLAY_VERSION})`;
  const scenario = r['scenario'] as Record<string, unknown> | undefined;
  if (typeof scenario?.['id'] !== 'string' || typeof scenario['hash'] !== 'string') return 'scenario: needs id and hash';
  if (typeof r['seed'] !== 'string') return 'seed: not a string';
  if (typeof r['seats'] !== 'object' || r['seats'] === null) return 'seats: missing';
  if (!Array.isArray(r['steps'])) return 'steps: not a list';
  const bad = (r['steps'] as unknown[]).findIndex((s) => typeof s !== 'object' || s === null || typeof (s as Record<string, unknown>)['sheets'] !== 'object');
  if (bad >= 0) return `steps.${bad}: malformed`;
  if (typeof r['outcome'] !== 'object' || r['outcome'] === null) return 'outcome: missing';
  return null;
}
