/**
 * One game on the server: the authoritative engine state, its journal, who plays each seat, the
 * pause and the step timer. Every change goes through {@link Room.execute}, the one place that
 * checks an action, applies it with the engine and journals it; a restart replays the journal
 * through the very same function, so a rebuilt game is the game that was running.
 */
import {
  applyDecision,
  createGame,
  forceStep,
  HUMAN,
  isOver,
  legalDecisions,
  pendingRequests,
  playBots,
  resumeRecord,
  rewind,
  triggerEvent,
  type GameState,
  type Sheet,
  seatIndex,
} from '@geneva/engine';
import { RequestError } from '../protocol/errors.js';
import type { SeatControl } from '../protocol/server-messages.js';
import type { TimerConfig } from '../protocol/client-messages.js';
import type { JournalContents } from '../store/journal.js';
import type { ActionRecord, CreateRecord, JournalRecord } from '../store/records.js';
import { engineThread } from './engine-thread.js';
import { deepFreeze, type RoomSnapshot } from './room-snapshot.js';
import { noticeOfFork, noticeOfRollback, type Notice } from './notice.js';
import { standInSheet, standInStrategyId } from './stand-in.js';
import { StepClock, StepTimer } from './step-timer.js';
import { checkStepTimers } from './timer-floor.js';

/**
 * Sessions one join code may open on its seat (a team's laptops, a few reloads in private windows):
 * what bounds the journal lines a client can add by joining again and again.
 */
export const SESSIONS_PER_SEAT = 32;

/** Where a journal's replay stopped: the first record the engine refused, and why. */
export interface ReplayStop {
  /** The record's index among the journal's actions (its line is `index + 2`). */
  readonly index: number;
  readonly type: ActionRecord['t'];
  readonly reason: string;
}

/** Where a room writes its records: the journal file, or (in the engine thread) a list. */
export interface RecordSink {
  append(record: JournalRecord): void;
  close(): void;
}

/**
 * Games with more actors than this let their bots play in the engine thread, off the event loop
 * (the shipped scenarios have 25 at most, whose bots take a few milliseconds a step).
 */
export const INLINE_ACTORS = 40;

/** Actions that leave the engine's state alone, so they may be taken while the bots play in the engine thread. */
const QUIET_RECORDS: ReadonlySet<ActionRecord['t']> = new Set(['session', 'reissue', 'watcher', 'arrived', 'timer', 'start']);

/** A game being played on the server. */
export class Room {
  /** The engine's state (frozen; replaced on every change). */
  state: GameState;
  /** Whether the facilitator has paused the game (no sheets, no bots, no timer). */
  paused = false;
  /** Human seats (indices) a bot stands in for. */
  readonly standIns = new Set<number>();
  /** Those of them the server took over itself because the team was away (handed back when it returns). */
  readonly awayStandIns = new Set<number>();
  /** The step timer. */
  readonly timer: StepTimer;
  /** Hashes of the session tokens opened with join codes, with their seats (current credentials only). */
  sessions: { readonly seat: string; readonly token: string }[] = [];
  /** Hashes of each human seat's current token and join code (the creation's, until reissued). */
  readonly credentials: Map<string, { readonly token: string; readonly code: string }>;
  /** Hashes of the read-only watch tokens (projectors). */
  readonly watchers: string[] = [];
  /** The step timers in use (the creation's, until the facilitator changes them). */
  timerConfig: TimerConfig;
  /** The human seats a device has joined at least once (journaled as `arrived`). */
  readonly arrived = new Set<string>();
  /** Whether the step timers run: at once in older games, else once every team has joined (or the facilitator starts them). */
  clockStarted: boolean;
  /** What the teams were last told about the game going back (a rollback, or the fork this game is), while at that step. */
  notice: Notice | null;
  /**
   * Whether the bots are playing this game's next steps in the engine thread (a large or all-bot
   * game): until they are done, only {@link QUIET_RECORDS} actions are taken.
   */
  advancing = false;
  /** A step whose timer ran out while the bots were playing: forced once they are done. */
  private expiredWhileAdvancing: number | null = null;
  /** When the current step began and how long it has been paused, from the journal's times. */
  private readonly clock: StepClock;
  private readonly listeners = new Set<(record: JournalRecord) => void>();

  private constructor(
    readonly create: CreateRecord,
    private journal: RecordSink | null,
    initial?: GameState,
  ) {
    this.state = initial ?? firstState(create);
    this.timer = new StepTimer((step) => this.expire(step));
    this.timerConfig = create.timer;
    this.clock = new StepClock(create.at);
    this.credentials = new Map(Object.entries(create.seats));
    this.clockStarted = create.waitForTeams !== true;
    this.notice = create.from === undefined ? null : noticeOfFork(this.state, create.from.gameId);
  }

  /** The game's id. */
  get id(): string {
    return this.create.gameId;
  }

  /**
   * Starts a new game whose creation is already journaled. The bots' first moves are made at once
   * in a small game, else in the engine thread (the room is {@link advancing} meanwhile).
   */
  static start(create: CreateRecord, journal: RecordSink): Room {
    const room = new Room(create, journal);
    room.clock.track(room.step, room.paused, create.at);
    room.advance(create, create.at);
    return room;
  }

  /**
   * Replays a journal through the engine, with no file and no timer (the engine thread calls it at
   * start-up): every action re-applied through the same {@link Room.execute} as live. The first action
   * the engine refuses stops the replay there, and is returned.
   */
  static replay(contents: JournalContents): { snapshot: RoomSnapshot; stopped: ReplayStop | null } {
    const room = new Room(contents.create, null);
    room.settle(false);
    room.clock.track(room.step, room.paused, contents.create.at);
    let stopped: ReplayStop | null = null;
    for (const [index, record] of contents.actions.entries()) {
      try {
        room.execute(record, false);
        room.settle(false);
        room.clock.track(room.step, room.paused, record.at);
      } catch (error) {
        stopped = { index, type: record.t, reason: (error as Error).message };
        break;
      }
    }
    return { snapshot: room.snapshot(), stopped };
  }

  /** A room as a snapshot left it, writing to `sink` (nothing moves until {@link Room.resumeAfterReplay} or {@link Room.settleNow}). */
  static restore(create: CreateRecord, snapshot: RoomSnapshot, sink: RecordSink): Room {
    const room = new Room(create, sink, deepFreeze(snapshot.state));
    room.paused = snapshot.paused;
    for (const i of snapshot.standIns) room.standIns.add(i);
    for (const i of snapshot.awayStandIns) room.awayStandIns.add(i);
    room.sessions = [...snapshot.sessions];
    room.credentials.clear();
    for (const [seat, hashes] of snapshot.credentials) room.credentials.set(seat, hashes);
    room.watchers.push(...snapshot.watchers);
    room.timerConfig = snapshot.timerConfig;
    for (const seat of snapshot.arrived) room.arrived.add(seat);
    room.clockStarted = snapshot.clockStarted;
    room.notice = snapshot.notice;
    room.clock.restore(snapshot.clock);
    return room;
  }

  /** Everything a replay rebuilt, as plain data that crosses to another thread. */
  snapshot(): RoomSnapshot {
    return {
      state: this.state,
      paused: this.paused,
      standIns: [...this.standIns],
      awayStandIns: [...this.awayStandIns],
      sessions: this.sessions,
      credentials: [...this.credentials],
      watchers: this.watchers,
      timerConfig: this.timerConfig,
      arrived: [...this.arrived],
      clockStarted: this.clockStarted,
      notice: this.notice,
      clock: this.clock.snapshot(),
    };
  }

  /**
   * Re-applies, live (journaled), the records of a journal's set-aside tail that only concern
   * credentials: a code reissued, a session or a watch link opened after the refused record still
   * hold (a reissued code must not work again). Those that no longer apply are skipped.
   */
  keepCredentials(tail: readonly ActionRecord[]): void {
    for (const record of tail) {
      if (record.t !== 'session' && record.t !== 'reissue' && record.t !== 'watcher') continue;
      try {
        this.execute(record, true);
      } catch {
        // The seat is no longer a human seat of this game: the record stays set aside only.
      }
    }
  }

  /** After a replay: a crash may have come between an action and a stand-in's answer, so they answer now; the timer is armed. */
  resumeAfterReplay(): void {
    this.advance(null, Date.now());
  }

  /**
   * Lets the bots and stand-ins move now, on this thread, journaling the stand-ins' sheets (the
   * engine thread's side of {@link Room.advance}).
   */
  settleNow(): void {
    this.settle(true);
  }

  /** Calls `listener` after every change of the game, with the record that changed it (the creation, when the bots' first moves are done). */
  onChange(listener: (record: JournalRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The current step's number. */
  get step(): number {
    return this.state.flow.step.index;
  }

  /** The seat index of a human seat's actor id. @throws RequestError when it is not a human seat */
  humanSeat(id: string): number {
    const i = seatIndex(this.state, id);
    if (i < 0 || !this.create.humans.includes(id)) throw new RequestError('bad-seats', `${id} is not a human seat of this game`);
    return i;
  }

  /** Who plays seat `i` now. */
  control(i: number): SeatControl {
    if (this.state.seats[i] !== HUMAN) return 'bot';
    return this.standIns.has(i) ? 'stand-in' : 'human';
  }

  /** The strategy playing seat `i` when a bot does. */
  strategyOf(i: number): string | undefined {
    const control = this.control(i);
    if (control === 'bot') return this.state.seats[i];
    return control === 'stand-in' ? standInStrategyId(this.state, i) : undefined;
  }

  /** A team's sheet for the step it names. @throws RequestError when refused (nothing changes) */
  submit(seat: string, step: number, sheet: Sheet): void {
    this.act({ t: 'submit', at: Date.now(), step, seat, by: 'team', sheet });
  }

  /** Resolves the named step now, with defaults for the seats that have not decided. */
  force(step: number, cause: 'timer' | 'facilitator'): void {
    this.act({ t: 'force', at: Date.now(), step, cause });
  }

  /** Pauses the game. */
  pause(): void {
    this.act({ t: 'pause', at: Date.now() });
  }

  /** Resumes the game. */
  resume(): void {
    this.act({ t: 'resume', at: Date.now() });
  }

  /**
   * A bot stands in for a human seat (`bot`), or hands it back to its team (`human`); `auto`: the
   * server's own move for a team that went away or came back (`timer.absent`).
   */
  replace(seat: string, by: 'bot' | 'human', auto = false): void {
    this.act({ t: 'replace', at: Date.now(), seat, by, ...(auto ? { auto: true as const } : {}) });
  }

  /** Triggers the scenario's scheduled event `event` now, in step `step`. */
  inject(step: number, event: number): void {
    this.act({ t: 'inject', at: Date.now(), step, event });
  }

  /** Rolls the game back to the start of step `step`: it goes on from there. */
  rollback(step: number): void {
    this.act({ t: 'rollback', at: Date.now(), step });
  }

  /**
   * New step timers, from the current step on (its time starts again).
   *
   * @throws RequestError `invalid` for a step timer below the floor ({@link checkStepTimers})
   */
  setTimer(timer: TimerConfig): void {
    checkStepTimers(timer);
    this.act({ t: 'timer', at: Date.now(), timer });
  }

  /**
   * The game as it stood at the start of step `step`, for a fork.
   *
   * @throws RequestError when the step cannot be returned to
   */
  stateAt(step: number): GameState {
    const back = rewind(this.state, step);
    if (!back.ok) throw new RequestError('bad-step', back.error);
    return back.state;
  }

  /**
   * New credentials for a human seat (`token`, `code`: their hashes): the old ones, and every
   * session opened with them, stop working.
   */
  reissue(seat: string, token: string, code: string): void {
    this.act({ t: 'reissue', at: Date.now(), seat, token, code });
  }

  /** Journals a watch token (its hash) for a projector. */
  openWatcher(token: string): void {
    this.act({ t: 'watcher', at: Date.now(), token });
  }

  /**
   * Journals a session opened on a seat with its join code (`token`: the new token's hash). A seat
   * holds at most {@link SESSIONS_PER_SEAT} sessions per code: a device rejoins with its token (no
   * journal line), so only a client typing the code again and again reaches the cap, and it must not
   * grow the journal without bound.
   *
   * @throws RequestError `forbidden` when the seat's code already opened that many sessions
   */
  openSession(seat: string, token: string): void {
    if (this.sessions.filter((s) => s.seat === seat).length >= SESSIONS_PER_SEAT)
      throw new RequestError('forbidden', `${seat}'s join code has already signed in ${SESSIONS_PER_SEAT} devices: a device that joined before rejoins by itself; for a fresh start ask the facilitator for a new code`);
    this.act({ t: 'session', at: Date.now(), seat, token });
  }

  /** Journals the first join of a human seat's device while the clock waits for the teams. */
  arrive(seat: string): void {
    if (this.clockStarted || this.arrived.has(seat)) return;
    this.act({ t: 'arrived', at: Date.now(), seat });
  }

  /** The facilitator starts the step timers without waiting for the teams still to join. */
  startClock(): void {
    this.act({ t: 'start', at: Date.now() });
  }

  /** "To the end": bots stand in for every team and the game plays to its end. */
  finish(): void {
    this.act({ t: 'finish', at: Date.now() });
  }

  /** The human seats (actor ids) the clock still waits for: not joined yet, and no bot stands in for them. */
  get waitingFor(): string[] {
    if (this.clockStarted) return [];
    return this.create.humans.filter((id) => !this.arrived.has(id) && !this.standIns.has(seatIndex(this.state, id)));
  }

  /** Stops the timer and closes the journal (the server is stopping). */
  close(): void {
    this.timer.stop();
    this.journal?.close();
    this.journal = null;
  }

  /**
   * Checks, applies and journals one live action, then lets bots move and tells the listeners.
   * While the bots play in the engine thread, an action that would change the game is refused.
   */
  private act(record: ActionRecord): void {
    if (this.advancing && !QUIET_RECORDS.has(record.t))
      throw new RequestError('invalid', "the bots are still playing this game's next steps (a large game takes a while): try again in a moment");
    this.execute(record, true);
    if (this.advancing) return this.changed(record, record.at);
    this.advance(record, record.at);
  }

  /**
   * Lets the bots (and stand-ins) move until a team must decide: at once in a small game with a
   * team still playing, else in the engine thread, so a large or all-bot game never holds the event
   * loop. Then the clock, the timer and the listeners follow.
   */
  private advance(record: JournalRecord | null, at: number): void {
    if (this.paused || !this.heavy()) {
      this.settle(true);
      return this.changed(record, at);
    }
    this.advancing = true;
    void engineThread()
      .settle(this.create, this.snapshot())
      .then(
        (result) => {
          // Journaled before the state they lead to becomes visible, as live.
          for (const submit of result.records) this.journal?.append(submit);
          this.state = deepFreeze(result.state);
        },
        // The engine thread failed (it ran out of memory?): play on here rather than stall the class.
        () => this.settle(true),
      )
      .finally(() => {
        this.advancing = false;
        this.changed(record, at);
        const expired = this.expiredWhileAdvancing;
        this.expiredWhileAdvancing = null;
        if (expired !== null) this.expire(expired);
      });
  }

  /** Whether letting the bots move may take long: many actors, or no team left to stop them at the next step. */
  private heavy(): boolean {
    return this.state.actors.length > INLINE_ACTORS || this.create.humans.every((id) => this.standIns.has(seatIndex(this.state, id)));
  }

  /** The clock, the timer and the listeners follow a change (`record`: what changed it, if anyone listens for it). */
  private changed(record: JournalRecord | null, at: number): void {
    if (this.journal === null) return;
    this.clock.track(this.step, this.paused, at);
    this.syncTimer();
    if (record !== null) for (const listener of this.listeners) listener(record);
  }

  /**
   * The one place where the game changes: checks `record` against the current game, applies it
   * with the engine, and (when `journal`) writes it before the change becomes visible.
   *
   * @throws RequestError when the action is refused; nothing has changed then
   */
  private execute(record: ActionRecord, journal: boolean): void {
    let next = this.state;
    let paused = this.paused;
    switch (record.t) {
      case 'submit': {
        const seat = this.humanSeat(record.seat);
        this.checkRunning(record.step);
        if (record.by === 'team' && this.standIns.has(seat))
          throw new RequestError('stand-in', `a bot plays ${record.seat} now; ask the facilitator to hand the seat back`);
        const result = applyDecision(this.state, seat, record.sheet, { standIn: record.by === 'stand-in' });
        if (!result.ok) throw new RequestError(result.error.code, result.error.message, result.error.slot);
        next = result.state;
        break;
      }
      case 'force':
        this.checkRunning(record.step);
        next = forceStep(this.state);
        break;
      case 'inject': {
        if (isOver(this.state)) throw new RequestError('game-over', 'the game is over');
        this.checkStep(record.step);
        const result = triggerEvent(this.state, record.event);
        if (!result.ok) throw new RequestError('bad-event', result.error);
        next = result.state;
        break;
      }
      case 'rollback':
        next = this.stateAt(record.step);
        break;
      case 'timer':
        break;
      case 'pause':
      case 'resume':
        if (isOver(this.state)) throw new RequestError('game-over', 'the game is over');
        if (this.paused === (record.t === 'pause')) throw new RequestError('invalid', `the game is already ${this.paused ? 'paused' : 'running'}`);
        paused = record.t === 'pause';
        break;
      case 'watcher':
        break;
      case 'arrived':
        this.humanSeat(record.seat);
        break;
      case 'start':
        if (this.clockStarted) throw new RequestError('invalid', 'the step timers already run');
        break;
      case 'finish':
        if (isOver(this.state)) throw new RequestError('game-over', 'the game is over');
        paused = false;
        break;
      case 'session':
      case 'reissue':
        this.humanSeat(record.seat);
        break;
      case 'replace': {
        const seat = this.humanSeat(record.seat);
        if (this.standIns.has(seat) === (record.by === 'bot'))
          throw new RequestError('invalid', `${record.seat} is already played by ${record.by === 'bot' ? 'a bot' : 'its team'}`);
        break;
      }
    }
    if (journal) this.journal?.append(record);
    this.state = next;
    this.paused = paused;
    if (record.t === 'session') this.sessions.push({ seat: record.seat, token: record.token });
    if (record.t === 'timer') this.timerConfig = record.timer;
    if (record.t === 'watcher') this.watchers.push(record.token);
    if (record.t === 'arrived') this.arrived.add(record.seat);
    if (record.t === 'rollback') this.notice = noticeOfRollback(next);
    if (record.t === 'finish') this.standInForEveryTeam();
    if (record.t === 'reissue') {
      this.credentials.set(record.seat, { token: record.token, code: record.code });
      this.sessions = this.sessions.filter((session) => session.seat !== record.seat);
    }
    if (record.t === 'pause' || record.t === 'resume') this.clock.pausedOrResumed(paused, record.at);
    // A rollback or new timers give the step its full time again, even when its number is the same.
    if (record.t === 'rollback' || record.t === 'timer') this.clock.restart();
    if (record.t === 'replace') {
      const seat = this.humanSeat(record.seat);
      if (record.by === 'bot') this.standIns.add(seat);
      else this.standIns.delete(seat);
      if (record.by === 'bot' && record.auto === true) this.awayStandIns.add(seat);
      else this.awayStandIns.delete(seat);
    }
    this.startClockWhenReady(record);
  }

  /**
   * The step timers start with the record after which no team is still to join (or the
   * facilitator's start): the current step's time starts then, on a rebuild as live.
   */
  private startClockWhenReady(record: ActionRecord): void {
    if (this.clockStarted || (record.t !== 'start' && record.t !== 'finish' && this.waitingFor.length > 0)) return;
    this.clockStarted = true;
    this.clock.restart();
  }

  /** Every human seat is played by its stand-in from now on (and none is handed back on a reconnect). */
  private standInForEveryTeam(): void {
    for (const id of this.create.humans) this.standIns.add(seatIndex(this.state, id));
    this.awayStandIns.clear();
  }

  /** Refuses an action on a finished or paused game, or one that names another step. */
  private checkRunning(step: number): void {
    if (isOver(this.state)) throw new RequestError('game-over', 'the game is over');
    if (this.paused) throw new RequestError('paused', 'the game is paused by the facilitator');
    this.checkStep(step);
  }

  private checkStep(step: number): void {
    if (step !== this.step) throw new RequestError('stale-step', `this answers step ${step}, but the game is at step ${this.step}`);
  }

  /**
   * Lets the engine's bots move until a human seat must decide; live, also lets stand-ins answer
   * (each answer journaled like a team's sheet, so a rebuild replays rather than re-asks them).
   * A paused game does not move.
   */
  private settle(live: boolean): void {
    for (;;) {
      if (this.paused) return;
      this.state = playBots(this.state);
      if (!live) return;
      const request = pendingRequests(this.state).find((r) => this.standIns.has(r.seat));
      if (request === undefined) return;
      const sheet = standInSheet(this.state, request);
      this.execute({ t: 'submit', at: Date.now(), step: request.step, seat: request.actor, by: 'stand-in', sheet }, true);
    }
  }

  /** Seconds the current step may take (null: no timer). */
  private stepSeconds(): number | null {
    const timer = this.timerConfig;
    const phase = this.state.flow.phase as keyof NonNullable<typeof timer.phases>;
    return timer.phases?.[phase] ?? timer.seconds ?? null;
  }

  /** Arms, freezes or stops the timer to match the game. */
  private syncTimer(): void {
    if (isOver(this.state)) return this.timer.stop();
    // A step nobody human must answer needs no timer (bots answer at once).
    const humanPending = pendingRequests(this.state).some((r) => this.state.seats[r.seat] === HUMAN);
    const seconds = humanPending && this.clockStarted ? this.stepSeconds() : null;
    this.timer.sync(this.step, this.clock.key, seconds === null ? null : this.clock.remaining(seconds * 1000, Date.now()));
    if (this.paused) this.timer.freeze();
    else this.timer.thaw();
  }

  private expire(step: number): void {
    if (this.advancing) return void (this.expiredWhileAdvancing = step);
    try {
      this.force(step, 'timer');
    } catch {
      // The step moved on (or the game was paused) between the timer firing and now: nothing to force.
    }
  }

  /** Whether seat `i` has a request in this step, and whether it has answered it. */
  statusOf(i: number): 'decided' | 'waiting' | 'idle' {
    const asked = this.state.flow.step.requests.some((r) => r.seat === i);
    if (!asked) return 'idle';
    return legalDecisions(this.state, i) === undefined ? 'decided' : 'waiting';
  }
}

/** A new game's first state; a fork's is the original game's state at the step it was forked at. */
function firstState(create: CreateRecord): GameState {
  const seats = Object.fromEntries(create.humans.map((id) => [id, HUMAN]));
  if (create.from === undefined) return createGame(create.scenario, { seed: create.seed, seats });
  const resumed = resumeRecord(create.scenario, { seed: create.seed, seats, steps: create.from.steps });
  if (!resumed.ok) throw new Error(`the fork of game ${create.from.gameId} no longer replays: step ${resumed.divergence.step}: ${resumed.divergence.reason}`);
  return resumed.state;
}
