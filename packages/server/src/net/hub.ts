/**
 * Who listens to which game: seat subscriptions and facilitator consoles. After every change of a
 * game the hub pushes each seat its new view (only when its step or request changed: a view is
 * tens of kilobytes) and its clock, and each console the overview.
 */
import { isOver, seatIndex } from '@geneva/engine';
import type { Room } from '../games/room.js';
import { clockMessage, noticeMessage, overviewMessage, publicMessage, viewMessage } from '../protocol/outgoing.js';
import type { JournalRecord } from '../store/records.js';
import type { ServerMessage } from '../protocol/server-messages.js';

/**
 * Something that can receive messages (a WebSocket connection). `supersedes` names what a message
 * replaces: a newer message with the same key may replace it while it waits to be sent (a slow
 * client gets the latest view, not every one).
 */
export interface Peer {
  send(message: ServerMessage, supersedes?: string): void;
}

interface SeatSubscription {
  readonly peer: Peer;
  readonly seat: string;
  /** What the peer last received, to skip sending the same thing twice. */
  lastView: string;
  lastClock: string;
}

interface RoomSubscribers {
  readonly seats: SeatSubscription[];
  readonly consoles: Set<Peer>;
  /** Watchers (projectors), with the last public message each received. */
  readonly watchers: Map<Peer, string>;
  readonly unsubscribe: () => void;
}

/** The subscriptions of every game. */
export class Hub {
  private readonly rooms = new Map<Room, RoomSubscribers>();
  /** Countdowns of teams whose every device went away, by room and seat (`timer.absent`). */
  private readonly away = new Map<Room, Map<string, ReturnType<typeof setTimeout>>>();

  /** Subscribes `peer` to seat `seat` of `room` and sends it the seat's view and clock now. */
  joinSeat(peer: Peer, room: Room, seat: string): void {
    const subscribers = this.subscribersOf(room);
    let sub = subscribers.seats.find((s) => s.peer === peer && s.seat === seat);
    if (sub === undefined) {
      sub = { peer, seat, lastView: '', lastClock: '' };
      subscribers.seats.push(sub);
    } else sub.lastView = sub.lastClock = '';
    this.cameBack(room, seat);
    // The first device of each team starts the step timers once every team is here.
    if (!isOver(room.state)) room.arrive(seat);
    this.pushSeat(room, sub);
    this.pushNotice(room, [peer]);
    this.pushConsoles(room, subscribers);
  }

  /** Subscribes `peer` to `room`'s public table (a projector) and sends it now. */
  joinWatcher(peer: Peer, room: Room): void {
    const subscribers = this.subscribersOf(room);
    subscribers.watchers.set(peer, '');
    this.pushWatchers(room, subscribers);
    this.pushNotice(room, [peer]);
  }

  /** Subscribes `peer` to `room`'s overview and sends it now. */
  joinConsole(peer: Peer, room: Room): void {
    const subscribers = this.subscribersOf(room);
    subscribers.consoles.add(peer);
    peer.send(overviewMessage(room, (id) => this.connected(room, id)), `overview:${room.id}`);
  }

  /**
   * Ends every subscription to seat `seat` of `room` (its credentials were reissued): each of its
   * clients is told why, once, and receives nothing more from that seat.
   */
  dropSeat(room: Room, seat: string, reason: string): void {
    const subscribers = this.rooms.get(room);
    if (subscribers === undefined) return;
    const dropped = subscribers.seats.filter((s) => s.seat === seat);
    const kept = subscribers.seats.filter((s) => s.seat !== seat);
    subscribers.seats.splice(0, subscribers.seats.length, ...kept);
    for (const sub of dropped) sub.peer.send({ type: 'error', code: 'revoked', message: reason });
    this.pushConsoles(room, subscribers);
  }

  /** Drops every subscription of `peer` (its socket closed). */
  leave(peer: Peer): void {
    for (const [room, subscribers] of this.rooms) {
      const left = subscribers.seats.filter((s) => s.peer === peer);
      const kept = subscribers.seats.filter((s) => s.peer !== peer);
      subscribers.seats.splice(0, subscribers.seats.length, ...kept);
      subscribers.consoles.delete(peer);
      subscribers.watchers.delete(peer);
      for (const { seat } of left) if (!this.connected(room, seat)) this.wentAway(room, seat);
      if (left.length > 0) this.pushConsoles(room, subscribers);
    }
  }

  /**
   * The last device of a team's seat went away: with `timer.absent` set, a bot stands in for it
   * once that many seconds pass without the team coming back (a dropout, not a seat nobody has
   * joined yet: the countdown starts only when a device leaves).
   */
  private wentAway(room: Room, seat: string): void {
    const seconds = room.timerConfig.absent;
    if (seconds === undefined) return;
    const countdowns = this.away.get(room) ?? new Map<string, ReturnType<typeof setTimeout>>();
    this.away.set(room, countdowns);
    clearTimeout(countdowns.get(seat));
    const countdown = setTimeout(() => {
      countdowns.delete(seat);
      const index = seatIndex(room.state, seat);
      if (this.connected(room, seat) || isOver(room.state) || room.standIns.has(index)) return;
      try {
        room.replace(seat, 'bot', true);
      } catch {
        // The game moved on in a way that refuses it (a rollback to before the seat was human): nothing to do.
      }
    }, seconds * 1000);
    countdown.unref();
    countdowns.set(seat, countdown);
  }

  /** A device of the seat joined: its countdown stops, and a seat the server took over goes back to the team. */
  private cameBack(room: Room, seat: string): void {
    const countdowns = this.away.get(room);
    clearTimeout(countdowns?.get(seat));
    countdowns?.delete(seat);
    const index = seatIndex(room.state, seat);
    if (!room.awayStandIns.has(index)) return;
    try {
      room.replace(seat, 'human', true);
    } catch {
      // Refused (the game is over): the seat stays as it is.
    }
  }

  /** Whether a client is joined to a seat. */
  connected(room: Room, seat: string): boolean {
    return this.rooms.get(room)?.seats.some((s) => s.seat === seat) ?? false;
  }

  private subscribersOf(room: Room): RoomSubscribers {
    let subscribers = this.rooms.get(room);
    if (subscribers === undefined) {
      const created: RoomSubscribers = { seats: [], consoles: new Set(), watchers: new Map(), unsubscribe: room.onChange((record) => this.changed(room, created, record)) };
      subscribers = created;
      this.rooms.set(room, subscribers);
    }
    return subscribers;
  }

  private changed(room: Room, subscribers: RoomSubscribers, record: JournalRecord): void {
    for (const sub of subscribers.seats) this.pushSeat(room, sub);
    this.pushConsoles(room, subscribers);
    this.pushWatchers(room, subscribers);
    if (record.t === 'rollback') this.pushNotice(room, [...subscribers.seats.map((s) => s.peer), ...subscribers.watchers.keys()]);
  }

  /** Tells `peers` where the facilitator took the game back to, while the game is at that step. */
  private pushNotice(room: Room, peers: readonly Peer[]): void {
    const notice = noticeMessage(room);
    if (notice === null) return;
    for (const peer of new Set(peers)) peer.send(notice);
  }

  private pushWatchers(room: Room, subscribers: RoomSubscribers): void {
    if (subscribers.watchers.size === 0) return;
    const message = publicMessage(room);
    // Bots' moves within a step change nothing public: send only what changed.
    const key = `${message.step}:${message.view.public.log.length}:${message.awaiting.join(',')}:${message.standIns.join(',')}:${message.paused}:${message.deadline}:${message.waitingFor.join(',')}`;
    for (const [peer, last] of subscribers.watchers) {
      if (last === key) continue;
      subscribers.watchers.set(peer, key);
      peer.send(message, `public:${room.id}`);
    }
  }

  private pushSeat(room: Room, sub: SeatSubscription): void {
    const seat = seatIndex(room.state, sub.seat);
    const view = viewMessage(room, seat);
    // A facilitator's event or rollback changes a view within a step: the logs' lengths say so.
    const viewKey = `${view.step}:${view.view.phase}:${view.request === null ? '-' : 'r'}:${view.view.public.log.length}:${view.view.me.log.length}`;
    if (viewKey !== sub.lastView) {
      sub.lastView = viewKey;
      sub.peer.send(view, `view:${room.id}:${sub.seat}`);
    }
    const clock = clockMessage(room, seat);
    const clockKey = JSON.stringify(clock);
    if (clockKey !== sub.lastClock) {
      sub.lastClock = clockKey;
      sub.peer.send(clock, `clock:${room.id}:${sub.seat}`);
    }
  }

  private pushConsoles(room: Room, subscribers: RoomSubscribers): void {
    if (subscribers.consoles.size === 0) return;
    const overview = overviewMessage(room, (id) => this.connected(room, id));
    for (const peer of subscribers.consoles) peer.send(overview, `overview:${room.id}`);
  }
}
