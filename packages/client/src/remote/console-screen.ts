/**
 * The facilitator's console of a networked class (`?console=GAME`, opened after creating the game
 * from the set-up screen): the teams' join codes and links, a live overview of every seat (who
 * plays it, connected or not, decided or waiting), pause and resume, forcing the step, a bot
 * standing in for an absent team and handing the seat back, and at the end the debrief. The
 * console sees no seat's view: the whole game reaches it only as the replay file, after the game.
 */
import type { OverviewMessage, SeatOverview, ServerMessage } from '@geneva/server';
import { h, replaceChildren } from '../ui/dom.js';
import { download } from '../ui/files.js';

/** What the set-up screen keeps of a created game for its console (in this browser only). */
export interface ConsoleCredentials {
  readonly gameId: string;
  readonly facilitatorToken: string;
  readonly seats: readonly { readonly seat: string; readonly name: string; readonly code: string; readonly link: string }[];
}

/** Where a created game's credentials are kept. */
export const consoleKey = (gameId: string) => `geneva.console.${gameId}`;
/** Where a finished game's replay file waits for the hot-seat page to open it in review. */
export const REVIEW_KEY = 'geneva.review';

/** What the console receives (the server's protocol types, docs/server.md). */
type ConsoleMessage = Extract<ServerMessage, { type: 'overview' | 'replay' | 'error' | 'joined' | 'accepted' }>;

/** Builds the console of `gameId` into `root` (its credentials must be in this browser). */
export function mountConsoleScreen(root: HTMLElement, gameId: string): void {
  const credentials = readCredentials(gameId);
  if (credentials === null) {
    replaceChildren(root, h('p', { class: 'notice', role: 'alert' }, `No console for game ${gameId} in this browser: the console opens in the browser that created the game.`));
    return;
  }
  const where = h('p', { class: 'where', 'data-testid': 'console-where', 'aria-live': 'polite' }, 'Connecting…');
  const error = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'console-error' });
  const seats = h('tbody', {});
  const pause = h('button', { type: 'button', 'data-testid': 'console-pause' }, 'Pause');
  const force = h('button', { type: 'button', 'data-testid': 'console-force', title: 'Absent teams get the safe default, recorded as a fault' }, 'Force this step');
  const debrief = h('button', { type: 'button', class: 'primary', 'data-testid': 'console-debrief', disabled: true }, 'Debrief');
  let overview: OverviewMessage | null = null;
  let socket: WebSocket | null = null;
  const send = (message: Record<string, unknown>) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify({ ...message, token: credentials.facilitatorToken }));
  pause.addEventListener('click', () => send({ type: overview?.paused ? 'resume' : 'pause' }));
  force.addEventListener('click', () => overview !== null && send({ type: 'force', step: overview.step }));
  debrief.addEventListener('click', () => send({ type: 'replay' }));

  const render = (o: OverviewMessage) => {
    overview = o;
    const when = o.phase === 'negotiation' ? `negotiation, round ${o.round}` : o.year > 0 && !o.over ? `${o.phase}, year ${o.year}` : o.phase;
    where.textContent = `Game ${gameId} · ${o.scenario} · seed ${o.seed} · ${when} · step ${o.step}${o.paused ? ' · PAUSED' : ''}${o.deadline === null ? '' : ` · step ends in ${Math.max(0, Math.ceil((o.deadline - Date.now()) / 1000))} s`}`;
    pause.textContent = o.paused ? 'Resume' : 'Pause';
    pause.disabled = force.disabled = o.over;
    debrief.disabled = !o.over;
    replaceChildren(seats, ...o.seats.map((s) => seatRow(s, send)));
  };

  const connect = () => {
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    socket = ws;
    ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'join', token: credentials.facilitatorToken })));
    ws.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as ConsoleMessage;
      if (message.type === 'overview') render(message);
      else if (message.type === 'error') error.textContent = message.message;
      else if (message.type === 'accepted') error.textContent = '';
      else if (message.type === 'replay') openReview(gameId, message.record);
    });
    ws.addEventListener('close', () => setTimeout(connect, 1000));
  };
  connect();

  replaceChildren(
    root,
    h('section', { class: 'console', 'data-testid': 'console' },
      h('h2', {}, 'Facilitator console'),
      where,
      h('div', { class: 'row' }, pause, force, debrief),
      error,
      h('table', { class: 'seats', 'data-testid': 'console-seats' }, h('caption', {}, 'Seats, live'), h('thead', {}, h('tr', {}, h('th', {}, 'seat'), h('th', {}, 'kind'), h('th', {}, 'played by'), h('th', {}, 'connected'), h('th', {}, 'this step'), h('th', {}, ''))), seats),
      h('table', { class: 'seats', 'data-testid': 'console-codes' }, h('caption', {}, 'Join codes: give each team its own'), h('thead', {}, h('tr', {}, h('th', {}, 'seat'), h('th', {}, 'code'), h('th', {}, 'link'))),
        ...credentials.seats.map((s) => h('tr', { 'data-seat': s.seat }, h('td', {}, s.name), h('td', { class: 'code' }, s.code), h('td', {}, h('a', { href: s.link, 'data-testid': `join-link-${s.seat}` }, s.link)))),
      ),
    ),
  );
}

function seatRow(s: SeatOverview, send: (message: Record<string, unknown>) => void): HTMLElement {
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

/** Hands the finished game's replay file to the hot-seat page, which opens it in review with the debrief. */
function openReview(gameId: string, record: unknown): void {
  const text = JSON.stringify(record);
  try {
    sessionStorage.setItem(REVIEW_KEY, text);
    location.assign('/');
  } catch {
    download(`geneva-${gameId}.replay.json`, text); // too large for session storage: open it from the set-up screen
  }
}

function readCredentials(gameId: string): ConsoleCredentials | null {
  try {
    const data = JSON.parse(localStorage.getItem(consoleKey(gameId)) ?? 'null') as ConsoleCredentials | null;
    return data !== null && data.gameId === gameId ? data : null;
  } catch {
    return null;
  }
}
