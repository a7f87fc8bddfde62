/**
 * The messages built from a game. This is the information-hiding boundary of the server: what a
 * seat receives is built here and only from the engine's `viewFor` and `legalDecisions` for that
 * seat, so no other part of the state can slip onto the wire.
 */
import { HUMAN, isOver, saveGame, legalDecisions, outcomeOf, pendingRequests, publicViewOf, replayRecordOf, scheduledEvents, viewFor, type GameState } from '@geneva/engine';
import type { Room } from '../games/room.js';
import type { ClockMessage, NoticeMessage, SaveMessage, EventOverview, OverviewMessage, PublicMessage, ReplayMessage, StepOverview, ViewMessage } from './server-messages.js';

/** Seat `seat`'s view of the game and its request now. */
export function viewMessage(room: Room, seat: number): ViewMessage {
  const { state } = room;
  return { type: 'view', step: state.flow.step.index, view: viewFor(state, seat), request: legalDecisions(state, seat) ?? null };
}

/** The game as everyone sees it, for a watcher: the public view and who is still to decide. */
export function publicMessage(room: Room): PublicMessage {
  const { state } = room;
  const id = (seat: number) => state.actors[seat]!.id;
  return {
    type: 'public',
    gameId: room.id,
    step: state.flow.step.index,
    view: publicViewOf(state),
    humans: state.actors.filter((a) => state.seats[a.index] === HUMAN).map((a) => a.id),
    standIns: state.actors.filter((a) => room.standIns.has(a.index)).map((a) => a.id),
    awaiting: pendingRequests(state).map((r) => id(r.seat)),
    paused: room.paused,
    deadline: room.timer.deadline,
    waitingFor: room.waitingFor,
  };
}

/** Seat `seat`'s clock: pause, deadline, and whether a bot stands in for it. */
export function clockMessage(room: Room, seat: number): ClockMessage {
  return { type: 'clock', step: room.step, paused: room.paused, deadline: room.timer.deadline, standIn: room.standIns.has(seat), waitingFor: room.waitingFor };
}

/** The facilitator's overview; `connected(id)` says whether a client is joined to a seat. */
export function overviewMessage(room: Room, connected: (seat: string) => boolean): OverviewMessage {
  const { state } = room;
  const faults: Record<string, number> = {};
  const count = ([seat]: readonly [number, string]) => {
    const id = state.actors[seat]!.id;
    faults[id] = (faults[id] ?? 0) + 1;
  };
  for (const h of state.history) h.faults.forEach(count);
  state.flow.step.faults.forEach(count);
  return {
    type: 'overview',
    gameId: room.id,
    scenario: state.scenarioId,
    seed: state.seed,
    phase: state.flow.phase,
    round: state.flow.round,
    year: state.flow.year,
    step: state.flow.step.index,
    over: isOver(state),
    paused: room.paused,
    deadline: room.timer.deadline,
    waitingFor: room.waitingFor,
    seats: state.actors.map((a) => {
      const strategy = room.strategyOf(a.index);
      return {
        id: a.id,
        name: a.name,
        kind: a.kind,
        control: room.control(a.index),
        ...(strategy === undefined ? {} : { strategy }),
        connected: connected(a.id),
        status: room.statusOf(a.index),
      };
    }),
    faults,
    timer: room.timerConfig,
    events: eventsOverview(state),
    steps: stepsOverview(state),
    ...(room.create.from === undefined ? {} : { forkOf: { gameId: room.create.from.gameId, step: room.create.from.step } }),
  };
}

function eventsOverview(state: GameState): EventOverview[] {
  return scheduledEvents(state).map(({ index, event, status }) => ({
    index,
    kind: event.kind,
    ...(event.round === undefined ? {} : { round: event.round }),
    ...(event.year === undefined ? {} : { year: event.year }),
    ...(event.actor === undefined ? {} : { actor: event.actor }),
    description: event.description ?? '',
    status,
  }));
}

function stepsOverview(state: GameState): StepOverview[] {
  const human = (seats: readonly number[]) => seats.some((seat) => state.seats[seat] === HUMAN);
  const played = state.history
    .filter((h) => h.seats.length > 0)
    .map((h) => ({ step: h.index, phase: h.phase, round: h.round, year: h.year, human: human(h.seats) }));
  if (isOver(state)) return played;
  const { flow } = state;
  return [...played, { step: flow.step.index, phase: flow.phase, round: flow.round, year: flow.year, human: human(flow.step.requests.map((r) => r.seat)) }];
}

/** What the teams are told of the game going back, while the game is at the step it went back to (null: nothing). */
export function noticeMessage(room: Room): NoticeMessage | null {
  const { notice } = room;
  return notice === null || notice.step !== room.step ? null : { type: 'notice', gameId: room.id, notice };
}

/** The game as a save file (the hot-seat client opens it). */
export function saveMessage(room: Room, ref?: string | number): SaveMessage {
  return { type: 'save', ...(ref === undefined ? {} : { ref }), gameId: room.id, text: saveGame(room.state) };
}

/** The full replay record (scenario embedded: a debrief file that stands alone) and the outcome. */
export function replayMessage(room: Room, ref?: string | number): ReplayMessage {
  return {
    type: 'replay',
    ...(ref === undefined ? {} : { ref }),
    record: replayRecordOf(room.state, { embedScenario: true }),
    outcome: outcomeOf(room.state),
  };
}
