/**
 * The client's session: a zustand store over engine states. Every rule stays in the engine; the
 * store keeps the live game (frozen, immutable), whose turn it is in hot-seat play and whether the
 * hand-over screen is up, the pace of the bots, and, once a game is over or a replay file is open,
 * the timeline of states the table can be scrubbed through.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  applyDecision,
  forceStep,
  builtinStrategy,
  createGame,
  HUMAN,
  isOver,
  pendingRequests,
  playBots,
  contentHash,
  ENGINE_VERSION,
  replayFileProblem,
  replayRecordOf,
  replayTimeline,
  restoreGame,
  type GameState,
  type IllegalDecision,
  type ReplayRecord,
  type Scenario,
  type Sheet,
} from '@geneva/engine';
import type { Perspective } from '../model/table-model.js';
import { rememberSetUp, scenarioOf, seatsFor, type SetUp } from './set-up.js';
import { shippedScenarios } from '../scenarios.js';

/** How fast the bots play: paused (one step per click), slow, or fast (a step per frame). */
export type Pace = 'paused' | 'slow' | 'fast';

/** A human seat's turn: the hand-over screen is up until the team reveals its view. */
export interface Turn {
  readonly seat: number;
  readonly revealed: boolean;
}

/** What the session holds. */
export interface Session {
  /** The set-up screen, or the table (a game in play, or a finished game or replay under review). */
  readonly screen: 'setup' | 'table';
  /** The live game (in play or finished); null for a replay file. */
  readonly game: GameState | null;
  /** States at each step boundary (review only: a finished game or a replay); empty in play. */
  readonly timeline: readonly GameState[];
  /** The timeline index shown in review. */
  readonly cursor: number;
  /** The name of the open replay file, if any. */
  readonly replayName: string | null;
  readonly perspective: Perspective;
  readonly pace: Pace;
  readonly turn: Turn | null;
  /** A notice for the user (a file that could not be read, a divergence). */
  readonly notice: string | null;

  /** Starts a game; returns the scenario's problems (nothing starts) or null. */
  start(setUp: SetUp): readonly string[] | null;
  /** Lets the bots resolve one step (stops at a human seat's turn). */
  stepBots(): void;
  /** Lets the bots play until a human seat must decide or the game ends. */
  toEnd(): void;
  setPace(pace: Pace): void;
  /** The team at the table is the one whose turn it is: show its private view. */
  reveal(): void;
  /** The current human seat's sheet; returns the engine's error (nothing changes) or null. */
  submit(sheet: Sheet): IllegalDecision | null;
  /**
   * Time is up (or a team is absent): the bots hand in their sheets, and every human seat still to
   * decide this step gets the engine's safe default, recorded as a fault in the log.
   */
  timeUp(): void;
  /** Shows timeline index `index` (review only). */
  scrub(index: number): void;
  setPerspective(perspective: Perspective): void;
  /** Opens a replay file (JSON text); returns a one-line problem or null. */
  openReplay(name: string, text: string): string | null;
  /** Restores a saved game (JSON text); returns a one-line problem or null. */
  loadSave(name: string, text: string): string | null;
  backToSetUp(): void;
  dismissNotice(): void;
}

const PUBLIC: Perspective = { kind: 'public' };
const OMNISCIENT: Perspective = { kind: 'omniscient' };

/** The state on the table now: the live game in play, or the timeline's state at the cursor in review. */
export function shownState(s: Session): GameState | null {
  if (s.timeline.length > 0) return s.timeline[s.cursor] ?? null;
  return s.game;
}

/** Whether any seat of the game is played by a human team. */
export function hasHumans(game: GameState): boolean {
  return game.seats.includes(HUMAN);
}

/**
 * The perspectives open now. In play with human teams only the public table (and the seat whose
 * turn it is, once revealed), so no team can peek at another's secrets; otherwise every seat and
 * the omniscient view.
 */
export function openPerspectives(s: Session): readonly Perspective[] {
  const game = shownState(s);
  if (game === null) return [PUBLIC];
  const review = s.timeline.length > 0;
  if (!review && hasHumans(game)) return s.turn?.revealed ? [PUBLIC, { kind: 'seat', seat: s.turn.seat }] : [PUBLIC];
  return [PUBLIC, OMNISCIENT, ...game.actors.map((a): Perspective => ({ kind: 'seat', seat: a.index }))];
}

function samePerspective(a: Perspective, b: Perspective): boolean {
  return a.kind === b.kind && (a.kind !== 'seat' || (b.kind === 'seat' && a.seat === b.seat));
}

/**
 * A session store.
 *
 * @example
 * const store = sessionStore();
 * store.getState().start({ source: { kind: 'shipped', id: 'rsa-2017' }, seed: '1', seats: { usa: 'human' } });
 */
export function sessionStore(): StoreApi<Session> {
  return createStore<Session>()((set, get) => {
    /** Moves to a new live state: whose turn next, and the review timeline once the game is over. */
    const arrive = (game: GameState, extra: Partial<Session> = {}) => {
      if (isOver(game)) {
        const timeline = timelineOf(game);
        set({ game, timeline, cursor: timeline.length - 1, turn: null, pace: 'paused', perspective: OMNISCIENT, ...extra });
        return;
      }
      const human = pendingRequests(game).find((r) => game.seats[r.seat] === HUMAN);
      const turn = human === undefined ? null : get().turn?.seat === human.seat ? get().turn : { seat: human.seat, revealed: false };
      // The hand-over screen shows the public table only.
      const perspective = turn !== null && !turn.revealed ? PUBLIC : get().perspective;
      set({ game, turn, perspective, timeline: [], cursor: 0, ...extra });
    };
    const advance = (steps: number) => {
      const { game, turn } = get();
      if (game === null || isOver(game) || turn !== null) return;
      let next = game;
      for (let k = 0; k < steps && !isOver(next); k++) {
        const before = next.history.length;
        next = playBots(next, builtinStrategy, 1);
        if (next.history.length === before) break; // a human seat must decide
      }
      arrive(next);
    };
    return {
      screen: 'setup',
      game: null,
      timeline: [],
      cursor: 0,
      replayName: null,
      perspective: PUBLIC,
      pace: 'paused',
      turn: null,
      notice: null,

      start(setUp) {
        const load = scenarioOf(setUp);
        if (!load.ok) return load.problems;
        rememberSetUp(setUp);
        const game = createGame(load.scenario, { seed: setUp.seed, seats: seatsFor(load.scenario, setUp.seats) });
        set({ screen: 'table', replayName: null, notice: null, turn: null, pace: 'paused', perspective: hasHumans(game) ? PUBLIC : OMNISCIENT });
        arrive(game);
        return null;
      },
      stepBots: () => advance(1),
      toEnd: () => advance(Infinity),
      setPace: (pace) => set({ pace }),
      reveal() {
        const { turn } = get();
        if (turn === null || turn.revealed) return;
        set({ turn: { seat: turn.seat, revealed: true }, perspective: { kind: 'seat', seat: turn.seat } });
      },
      submit(sheet) {
        const { game, turn } = get();
        if (game === null || turn === null || !turn.revealed) return { code: 'not-your-turn', slot: '', message: 'no human seat is deciding now' };
        const result = applyDecision(game, turn.seat, sheet);
        if (!result.ok) return result.error;
        // The next team (or the bots) must not see this seat's view: back to the public table.
        set({ turn: null, perspective: PUBLIC });
        arrive(result.state);
        // The last human sheet of a step: the bots hand in theirs and the step resolves at once,
        // without a teacher's press (the next step waits for Step or a pace, as before).
        if (get().turn === null && result.state.flow.step.index === game.flow.step.index) advance(1);
        return null;
      },
      timeUp() {
        const { game, turn } = get();
        if (game === null || turn === null || isOver(game)) return;
        // The bots decide from the view at the step's start, as always; then the step is forced.
        const withBots = playBots(game, builtinStrategy, 1);
        set({ turn: null, perspective: PUBLIC });
        arrive(withBots.history.length > game.history.length ? withBots : forceStep(withBots));
      },
      scrub(index) {
        const { timeline } = get();
        if (timeline.length === 0) return;
        set({ cursor: Math.max(0, Math.min(timeline.length - 1, Math.round(index))) });
      },
      setPerspective(perspective) {
        if (openPerspectives(get()).some((p) => samePerspective(p, perspective))) set({ perspective });
      },
      openReplay(name, text) {
        const opened = replayOf(name, text);
        if (typeof opened === 'string') return opened;
        const { timeline, notice } = opened;
        set({ screen: 'table', game: null, timeline, cursor: 0, replayName: name, turn: null, pace: 'paused', perspective: OMNISCIENT, notice });
        return null;
      },
      loadSave(name, text) {
        const restored = restoreGame(text);
        if (!restored.ok) return `${name}: ${restored.error}`;
        const game = restored.state;
        set({ screen: 'table', replayName: null, notice: versionNotice(name, text), turn: null, pace: 'paused', perspective: hasHumans(game) ? PUBLIC : OMNISCIENT });
        arrive(game);
        return null;
      },
      backToSetUp: () => set({ screen: 'setup', pace: 'paused', turn: null, timeline: [], game: null, replayName: null }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}

/** Every step boundary of a game, rebuilt from its record by the engine. */
function timelineOf(game: GameState): readonly GameState[] {
  const timeline = replayTimeline(game.scenario, replayRecordOf(game));
  return timeline.states;
}

/**
 * A notice when a file was written by another engine version: a class prepared on one version is
 * never silently played under another's rules.
 */
function versionNotice(name: string, text: string): string | null {
  try {
    const engine = (JSON.parse(text) as { engine?: unknown }).engine;
    return typeof engine === 'string' && engine !== ENGINE_VERSION ? `${name}: written by engine ${engine}; this page runs engine ${ENGINE_VERSION}` : null;
  } catch {
    return null;
  }
}

/** The timeline of a replay file, or a one-line problem naming the file. */
function replayOf(name: string, text: string): { timeline: readonly GameState[]; notice: string | null } | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `${name}: not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const problem = replayFileProblem(data);
  if (problem !== null) return `${name}: ${problem}`;
  const record = data as ReplayRecord;
  const scenario: Scenario | undefined = record.scenarioData ?? shippedScenarios.get(record.scenario.id);
  if (scenario === undefined) return `${name}: scenario ${record.scenario.id} is not shipped with this client and the file does not embed it (write it with --embed-scenario, or open a batch run's replay)`;
  const changed = record.scenarioData === undefined && contentHash(scenario) !== record.scenario.hash;
  const timeline = replayTimeline(scenario, record);
  if (timeline.ok) return { timeline: timeline.states, notice: changed ? `${name}: recorded with another version of ${record.scenario.id}; it still replays the same` : versionNotice(name, text) };
  const where = timeline.divergence.step < 0 ? 'at the end' : `at step ${timeline.divergence.step}`;
  if (timeline.states.length <= 1) return `${name}: the replay diverges ${where}: ${timeline.divergence.reason}`;
  return { timeline: timeline.states, notice: `${name}: the replay diverges ${where} (${timeline.divergence.reason}); showing the game up to there` };
}
