/**
 * All the games of a server and the secrets that open them: creating a game (with its journal and
 * credentials), loading every journal of the data folder at start, and resolving a token or join
 * code to a game and a role. Only hashes of secrets are kept, in memory as on disk.
 */
import { ENGINE_VERSION, formatProblem, replayRecordOf, SeatError, validateScenario, type Scenario } from '@geneva/engine';
import type { CreateRequest } from '../protocol/client-messages.js';
import { RequestError } from '../protocol/errors.js';
import type { SeatCredentials } from '../protocol/server-messages.js';
import { Journal, journalFiles, readJournal, setAside } from '../store/journal.js';
import type { CreateRecord } from '../store/records.js';
import { LIMITS } from '../protocol/limits.js';
import { engineThread } from './engine-thread.js';
import { Room } from './room.js';
import { checkStepTimers } from './timer-floor.js';
import { hashSecret, newGameId, newJoinCode, newToken } from './tokens.js';

/** Who a secret makes you: a game's facilitator, or one of its seats. */
export type Identity =
  | { readonly room: Room; readonly role: 'facilitator' }
  | { readonly room: Room; readonly role: 'seat'; readonly seat: string }
  | { readonly room: Room; readonly role: 'watcher' };

/** A created game: its room and the secrets to hand out (shown once, never stored). */
export interface Created {
  readonly room: Room;
  readonly facilitatorToken: string;
  readonly seats: readonly Omit<SeatCredentials, 'link'>[];
}

/** The games of one data folder. */
export class Registry {
  private readonly rooms = new Map<string, Room>();
  /** Hash of a token or code → who it opens. */
  private readonly secrets = new Map<string, Identity>();

  constructor(
    private readonly dataDir: string,
    private readonly scenarios: ReadonlyMap<string, Scenario>,
    private readonly warn: (line: string) => void = () => {},
  ) {}

  /** Journals still to load (the server answers meanwhile; their games' secrets are not known yet). */
  private resuming = 0;

  /**
   * Loads every journal of the data folder, replaying each game in the engine thread (so the server
   * answers other requests meanwhile). Resolves with how many were loaded.
   */
  async loadAll(): Promise<number> {
    const files = journalFiles(this.dataDir);
    this.resuming = files.length;
    let loaded = 0;
    for (const path of files) {
      try {
        this.add(await this.load(path));
        loaded++;
      } catch (error) {
        this.warn(`${path}: not loaded: ${(error as Error).message}`);
      } finally {
        this.resuming--;
      }
    }
    return loaded;
  }

  /**
   * Rebuilds one game from its journal. A record the engine no longer accepts (a journal damaged by
   * hand, or written by another engine version) cuts the journal there: the game goes on from just
   * before it, that record and the ones after it are set aside in a file of their own (never
   * deleted), and the facilitator is told in a sentence. Appending after a record the game never
   * reached would lose every action acknowledged since, at the next restart.
   */
  private async load(path: string): Promise<Room> {
    const contents = readJournal(path);
    if (contents.tornTail) this.warn(`${path}: a torn last line (a crash mid-write) was dropped`);
    const { snapshot, stopped } = await engineThread().replay(contents);
    let cutAt = contents.tornTail ? contents.validBytes : undefined;
    let aside = '';
    if (stopped !== null) {
      aside = setAside(path, stopped.index, Date.now());
      cutAt = undefined;
    }
    const room = Room.restore(contents.create, snapshot, Journal.reopen(path, cutAt));
    if (stopped !== null) {
      const tail = contents.actions.slice(stopped.index + 1);
      room.keepCredentials(tail);
      this.warn(
        `Game ${room.id}: line ${stopped.index + 2} of its journal (${stopped.type}) no longer applies (${stopped.reason}). ` +
          `The game goes on from just before it; that line and the ${tail.length} after it were set aside, untouched, in ${aside} (new codes, sessions and watch links among them still hold).`,
      );
    }
    room.resumeAfterReplay();
    return room;
  }

  /** The shipped scenario ids. */
  scenarioIds(): string[] {
    return [...this.scenarios.keys()];
  }

  /** A game by id. */
  room(id: string): Room | undefined {
    return this.rooms.get(id);
  }

  /** Every game. */
  all(): Room[] {
    return [...this.rooms.values()];
  }

  /**
   * Creates a game: validates the request, journals the creation (with hashed secrets), starts it.
   *
   * @throws RequestError when the scenario, the seats or the limits refuse it
   */
  create(request: CreateRequest): Created {
    this.checkRoom();
    const scenario = this.scenarioOf(request);
    const ids = Object.keys(scenario.actors);
    const unknown = request.humans.find((id) => !ids.includes(id));
    if (unknown !== undefined) throw new RequestError('bad-seats', `no actor "${unknown}" in ${scenario.id} (actors: ${ids.join(', ')})`);
    if (new Set(request.humans).size !== request.humans.length) throw new RequestError('bad-seats', 'a human seat is listed twice');
    checkStepTimers(request.timer ?? {});
    return this.open({ scenario, seed: String(request.seed ?? 1), humans: request.humans, timer: request.timer ?? {} });
  }

  /**
   * Forks `origin` at the start of step `step`: a new game, with its own join codes and
   * facilitator token, that starts there paused (so the codes can be handed out first); the
   * original game is left as it is.
   *
   * @throws RequestError when the step cannot be returned to or the server is full
   */
  fork(origin: Room, step: number): Created {
    this.checkRoom();
    const steps = replayRecordOf(origin.stateAt(step)).steps;
    const { scenario, seed, humans } = origin.create;
    const created = this.open({ scenario, seed, humans, timer: origin.timerConfig, from: { gameId: origin.id, step, steps } });
    created.room.pause();
    return created;
  }

  private checkRoom(): void {
    if (this.rooms.size >= LIMITS.games) throw new RequestError('too-many-games', `this server already holds ${LIMITS.games} games`);
  }

  /** Journals a game's creation with fresh secrets (hashed) and starts it. */
  private open(game: Pick<CreateRecord, 'scenario' | 'seed' | 'humans' | 'timer' | 'from'>): Created {
    const facilitatorToken = newToken();
    const seats = game.humans.map((id) => ({ seat: id, name: game.scenario.actors[id]!.name, code: newJoinCode(), token: newToken() }));
    const create: CreateRecord = {
      t: 'create',
      v: 1,
      at: Date.now(),
      gameId: newGameId(),
      engine: ENGINE_VERSION,
      ...game,
      waitForTeams: true,
      facilitator: hashSecret('token', facilitatorToken),
      seats: Object.fromEntries(seats.map((s) => [s.seat, { token: hashSecret('token', s.token), code: hashSecret('code', s.code) }])),
    };
    let room: Room;
    try {
      room = Room.start(create, Journal.create(this.dataDir, create));
    } catch (error) {
      if (error instanceof SeatError) throw new RequestError('bad-seats', error.message);
      throw error;
    }
    this.add(room);
    return { room, facilitatorToken, seats };
  }

  /** Who a token opens. @throws RequestError `unauthorized` for an unknown token */
  byToken(token: string): Identity {
    const identity = this.secrets.get(hashSecret('token', token));
    if (identity === undefined) this.unknown('unknown token');
    return identity;
  }

  /** Which seat a join code opens. @throws RequestError `unauthorized` for an unknown code */
  byCode(code: string): Identity {
    const identity = this.secrets.get(hashSecret('code', code));
    if (identity === undefined) this.unknown('unknown join code');
    return identity;
  }

  /**
   * Refuses an unknown secret: `unauthorized`, unless games are still being loaded after a restart
   * (the secret may open one of them): then a wait, which counts as no failed attempt.
   */
  private unknown(what: string): never {
    if (this.resuming > 0)
      throw new RequestError('paused', `the server is resuming its games after a restart (${this.resuming} still to load): try again in a few seconds`);
    throw new RequestError('unauthorized', what);
  }

  /**
   * Opens a session on a seat: a new random token, journaled as a hash, returned once.
   *
   * @example
   * const identity = registry.byCode('K7QF2-MXP9A');
   * if (identity.role === 'seat') token = registry.openSession(identity.room, identity.seat);
   */
  openSession(room: Room, seat: string): string {
    const token = newToken();
    const hash = hashSecret('token', token);
    room.openSession(seat, hash);
    this.secrets.set(hash, { room, role: 'seat', seat });
    return token;
  }

  /**
   * New join code and token for a human seat of `room` (its old ones were shared with the wrong
   * team): the old code, token and every session opened with them stop working at once.
   *
   * @throws RequestError when the seat is not a human seat of the game
   */
  reissue(room: Room, seat: string): Omit<SeatCredentials, 'link'> {
    const index = room.humanSeat(seat);
    const credentials = { seat, name: room.state.actors[index]!.name, code: newJoinCode(), token: newToken() };
    const hashes = { token: hashSecret('token', credentials.token), code: hashSecret('code', credentials.code) };
    room.reissue(seat, hashes.token, hashes.code);
    for (const [hash, identity] of this.secrets) {
      if (identity.room === room && identity.role === 'seat' && identity.seat === seat) this.secrets.delete(hash);
    }
    this.secrets.set(hashes.token, { room, role: 'seat', seat });
    this.secrets.set(hashes.code, { room, role: 'seat', seat });
    return credentials;
  }

  /**
   * A read-only watch token for `room` (a projector showing the class the public table): new at
   * each call, journaled as a hash, returned once.
   */
  openWatcher(room: Room): string {
    const token = newToken();
    const hash = hashSecret('token', token);
    room.openWatcher(hash);
    this.secrets.set(hash, { room, role: 'watcher' });
    return token;
  }

  /** Stops every game's timer and closes the journals. */
  close(): void {
    for (const room of this.rooms.values()) room.close();
  }

  private add(room: Room): void {
    this.rooms.set(room.id, room);
    const { create } = room;
    this.secrets.set(create.facilitator, { room, role: 'facilitator' });
    for (const [seat, hashes] of room.credentials) {
      this.secrets.set(hashes.token, { room, role: 'seat', seat });
      this.secrets.set(hashes.code, { room, role: 'seat', seat });
    }
    for (const session of room.sessions) this.secrets.set(session.token, { room, role: 'seat', seat: session.seat });
    for (const watcher of room.watchers) this.secrets.set(watcher, { room, role: 'watcher' });
  }

  private scenarioOf(request: CreateRequest): Scenario {
    if (request.scenarioData !== undefined) {
      const result = validateScenario(request.scenarioData, 'scenarioData');
      if (!result.ok) {
        const first = result.problems[0];
        throw new RequestError('bad-scenario', first === undefined ? 'invalid scenario' : formatProblem(first));
      }
      return result.scenario;
    }
    const scenario = this.scenarios.get(request.scenario ?? '');
    if (scenario === undefined)
      throw new RequestError('unknown-scenario', `no scenario "${request.scenario ?? ''}" (shipped: ${this.scenarioIds().join(', ')})`);
    return scenario;
  }
}
