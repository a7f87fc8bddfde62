/**
 * The facilitator's console of a networked class (`?console=GAME`, opened after creating the game
 * from the set-up screen): the teams' join codes and links, a live overview of every seat (who
 * plays it, connected or not, decided or waiting), pause and resume, forcing the step, a bot
 * standing in for an absent team and handing the seat back, the scenario's scheduled events (to
 * bring one forward), going back to an earlier step (rolling back or forking), the step timers,
 * a read-only projector link to the public table, and at the end the debrief. The console sees no
 * seat's view: the whole game reaches it only as the replay file, after the game.
 */
import type { OverviewMessage, SeatOverview, ServerMessage } from '@geneva/server';
import { h, replaceChildren } from '../ui/dom.js';
import { download } from '../ui/files.js';
import { keepCredentials, readCredentials, type ConsoleCredentials } from './console-credentials.js';
import { addressPart, onBase } from './console-address.js';
import { endPart } from './console-end.js';
import { eventsPart } from './console-events.js';
import type { ConsoleActions, ConsoleCommand } from './console-part.js';
import { projectorPart } from './console-projector.js';
import { rewindPart } from './console-rewind.js';
import { reconnectingSocket, type SocketControl } from './reconnecting-socket.js';
import { deadlineCountdown, timersPart } from './console-timers.js';
import { whenWords } from './game-time.js';

/** Where a finished game's replay file waits for the hot-seat page to open it in review. */
export const REVIEW_KEY = 'geneva.review';
/** Set beside {@link REVIEW_KEY}: the review opens on the debrief's outcome, not on the timeline. */
export const REVIEW_FOCUS_KEY = 'geneva.review.focus';

/** What the console receives (the server's protocol types, docs/server.md). */
type ConsoleMessage = Extract<ServerMessage, { type: 'overview' | 'replay' | 'save' | 'error' | 'joined' | 'accepted' | 'created' | 'reissued' | 'watch-link' }>;

/** What the status line says when the server accepts a command (the overview shows the rest). */
const ACCEPTED_WORDS: Readonly<Record<string, string>> = {
  inject: 'Event triggered: every team sees it now.',
  rollback: 'Rolled back: the teams’ screens have returned to that step.',
  timer: 'New timers set, from this step on.',
  start: 'The step timers run now, without waiting for the teams still to join.',
  finish: 'Played to the end: bots stood in for every team. Open the debrief.',
};

/** Builds the console of `gameId` into `root` (its credentials must be in this browser). */
export function mountConsoleScreen(root: HTMLElement, gameId: string): void {
  const credentials = readCredentials(gameId);
  if (credentials === null) {
    replaceChildren(root, h('p', { class: 'notice', role: 'alert' }, `No console for game ${gameId} in this browser: the console opens in the browser that created the game.`));
    return;
  }
  const where = h('p', { class: 'where', 'data-testid': 'console-where', 'aria-live': 'polite' }, 'Connecting…');
  const origin = h('p', { class: 'hint', 'data-testid': 'console-fork-of' });
  const error = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'console-error' });
  const status = h('p', { class: 'hint', role: 'status', 'data-testid': 'console-status' });
  const seats = h('tbody', {});
  const codes = h('tbody', {});
  let seatCodes = credentials.seats;
  const pause = h('button', { type: 'button', 'data-testid': 'console-pause' }, 'Pause');
  const force = h('button', { type: 'button', 'data-testid': 'console-force', title: 'Absent teams get the safe default, recorded as a fault' }, 'Force this step');
  const debrief = h('button', { type: 'button', class: 'primary', 'data-testid': 'console-debrief', disabled: true }, 'Debrief');
  const startClock = h('button', { type: 'button', 'data-testid': 'console-start-clock', hidden: true }, 'Start the timers now');
  const waiting = h('p', { class: 'notice', 'data-testid': 'console-waiting', hidden: true });
  let overview: OverviewMessage | null = null;
  let socket: SocketControl | null = null;
  const send = (command: ConsoleCommand): boolean => {
    if (socket?.send({ ...command, token: credentials.facilitatorToken }) === true) return true;
    error.textContent = 'Not connected to the game server: reconnecting, try again in a moment.';
    return false;
  };
  const actions: ConsoleActions = { send, current: () => overview, confirm: (question) => window.confirm(question) };
  const countdown = deadlineCountdown();
  const events = eventsPart(actions);
  const rewind = rewindPart(actions);
  const timers = timersPart(actions);
  const projector = projectorPart(actions);
  const end = endPart(actions, gameId);
  const address = addressPart(() => renderCodes());
  startClock.addEventListener('click', () => send({ type: 'start' }));
  pause.addEventListener('click', () => send({ type: overview?.paused ? 'resume' : 'pause' }));
  force.addEventListener('click', () => overview !== null && send({ type: 'force', step: overview.step }));
  debrief.addEventListener('click', () => send({ type: 'replay' }));
  // Links are rebuilt on the address the students can reach (console-address.ts).
  function renderCodes(): void {
    replaceChildren(codes, ...seatCodes.map((s) => codeRow({ ...s, link: onBase(s.link, address.base()) }, actions)));
  }
  renderCodes();

  /** A new class waits for its teams before its step timers run: the console says so, and who is missing. */
  const showWaiting = (o: OverviewMessage) => {
    const names = o.waitingFor.map((id) => o.seats.find((s) => s.id === id)?.name ?? id);
    waiting.hidden = startClock.hidden = names.length === 0 || o.over;
    waiting.textContent = `The step timers start when every team has joined. Still to join: ${names.join(', ')}. Teams that are here can already decide.`;
  };
  const render = (o: OverviewMessage) => {
    overview = o;
    where.textContent = `Game ${gameId} · ${o.scenario} · seed ${o.seed} · ${whenWords(o.phase, o.round, o.year, o.over)} · step ${o.step}${o.paused ? ' · PAUSED' : ''}`;
    origin.textContent = o.forkOf === undefined ? '' : `Forked from game ${o.forkOf.gameId} at step ${o.forkOf.step}.`;
    pause.textContent = o.paused ? 'Resume' : 'Pause';
    pause.disabled = force.disabled = o.over;
    debrief.disabled = !o.over;
    replaceChildren(seats, ...o.seats.map((s) => seatRow(s, send)));
    showWaiting(o);
    for (const part of [countdown, events, rewind, timers, end]) part.update(o);
  };

  const onMessage = (message: ConsoleMessage, control: SocketControl) => {
    if (message.type === 'overview') {
      control.resetDelay(); // joined: a later drop starts its delays over
      // After a fork the server also sends this socket the new game's overviews: this console shows its own game only.
      if (message.gameId === gameId) render(message);
    } else if (message.type === 'error') {
      error.textContent = message.message;
      status.textContent = '';
    } else if (message.type === 'accepted') {
      error.textContent = '';
      status.textContent = ACCEPTED_WORDS[message.what] ?? '';
    } else if (message.type === 'created' && message.forkOf !== undefined) {
      const problem = rewind.forked(message);
      error.textContent = problem ?? '';
      status.textContent = problem === null ? `Forked: game ${message.gameId} is ready, paused.` : '';
    } else if (message.type === 'reissued' && message.gameId === gameId) {
      const { seat, name, code, link } = message.seat;
      seatCodes = seatCodes.map((s) => (s.seat === seat ? { seat, name, code, link } : s));
      const kept = keepCredentials({ gameId, facilitatorToken: credentials.facilitatorToken, seats: seatCodes });
      renderCodes();
      error.textContent = kept ? '' : 'This browser could not keep the new code: note it now.';
      status.textContent = `New join code for ${name}: ${code}. The old code no longer works.`;
    } else if (message.type === 'watch-link' && message.gameId === gameId) {
      error.textContent = '';
      projector.linked({ ...message, link: onBase(message.link, address.base()) });
    } else if (message.type === 'joined') address.known(message.addresses ?? [], message.loopbackOnly === true);
    else if (message.type === 'save') end.received(message);
    else if (message.type === 'replay') {
      if (end.takesReplay()) end.received(message);
      else openReview(gameId, message.record);
    }
  };
  socket = reconnectingSocket<ConsoleMessage>({ onOpen: (control) => control.send({ type: 'join', token: credentials.facilitatorToken }), onMessage });

  replaceChildren(
    root,
    h('section', { class: 'console', 'data-testid': 'console', 'data-game': gameId },
      h('h2', {}, 'Facilitator console'),
      where,
      origin,
      countdown.element,
      h('div', { class: 'row' }, pause, force, debrief),
      waiting,
      h('div', { class: 'row' }, startClock),
      error,
      status,
      h('table', { class: 'seats', 'data-testid': 'console-seats' }, h('caption', {}, 'Seats, live'), h('thead', {}, h('tr', {}, h('th', {}, 'seat'), h('th', {}, 'kind'), h('th', {}, 'played by'), h('th', {}, 'connected'), h('th', {}, 'this step'), h('th', {}, ''))), seats),
      address.element,
      h('table', { class: 'seats', 'data-testid': 'console-codes' }, h('caption', {}, 'Join codes: give each team its own'), h('thead', {}, h('tr', {}, h('th', {}, 'seat'), h('th', {}, 'code'), h('th', {}, 'link'), h('th', {}, ''))), codes),
      projector.element,
      end.element,
      events.element,
      rewind.element,
      timers.element,
    ),
  );
}

function seatRow(s: SeatOverview, send: (command: ConsoleCommand) => boolean): HTMLElement {
  let action: HTMLElement | null = null;
  if (s.control !== 'bot') {
    const toBot = s.control === 'human';
    const button = h('button', { type: 'button', 'data-testid': `console-replace-${s.id}` }, toBot ? 'Bot stands in' : 'Hand back to the team');
    button.addEventListener('click', () => send({ type: 'replace', seat: s.id, by: toBot ? 'bot' : 'human' }));
    action = button;
  }
  const by = s.control === 'human' ? 'the team' : s.control === 'stand-in' ? `a stand-in bot (${s.strategy ?? ''})` : `bot ${s.strategy ?? ''}`;
  return h('tr', { 'data-seat': s.id, 'data-status': s.status }, h('td', {}, s.name), h('td', {}, s.kind), h('td', {}, by), h('td', {}, s.control === 'bot' ? '' : s.connected ? 'yes' : 'no'), h('td', {}, s.status), h('td', {}, action));
}

/**
 * A seat's join code and link, with "New code" for a code that reached the wrong team: the server
 * issues another, and the old one, with every device joined through it, stops working.
 */
function codeRow(s: ConsoleCredentials['seats'][number], actions: ConsoleActions): HTMLElement {
  const reissue = h('button', { type: 'button', 'data-testid': `reissue-${s.seat}`, title: 'The old code, and every device joined with it, stop working' }, 'New code');
  reissue.addEventListener('click', () => {
    if (actions.confirm(`Give ${s.name} a new join code? The old code, and every device joined with it, stop working at once.`)) actions.send({ type: 'reissue', seat: s.seat });
  });
  return h('tr', { 'data-seat': s.seat }, h('td', {}, s.name), h('td', { class: 'code' }, s.code), h('td', {}, h('a', { href: s.link, 'data-testid': `join-link-${s.seat}` }, s.link)), h('td', {}, reissue));
}

/** Hands the finished game's replay file to the hot-seat page, which opens it in review with the debrief. */
function openReview(gameId: string, record: unknown): void {
  const text = JSON.stringify(record);
  try {
    sessionStorage.setItem(REVIEW_KEY, text);
    sessionStorage.setItem(REVIEW_FOCUS_KEY, 'outcome');
    location.assign('/');
  } catch {
    download(`geneva-${gameId}.replay.json`, text); // too large for session storage: open it from the set-up screen
  }
}
