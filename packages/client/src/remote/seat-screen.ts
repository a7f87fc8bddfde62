/**
 * A team's screen in a networked class (the page opened from its join link, `?join=CODE`): the
 * table from its own view, its order sheet when the server asks for one, its private brief, the
 * latest public news (an event the facilitator brings forward among them), the step's deadline
 * and whether the facilitator has paused the game. Everything comes from the
 * seat's view and request as the server sends them; nothing else of the game reaches this page.
 */
import { defaultSheetFor, digestFor, messageArchive, type View } from '@geneva/engine';
import { archivePanel } from '../decide/archive-panel.js';
import { digestPanel } from '../decide/digest-panel.js';
import { briefOf } from '../decide/brief.js';
import { mountSheetForm } from '../decide/sheet-form.js';
import { viewTableModel, type TableModel } from '../model/table-model.js';
import { articleTitles } from '../scenarios.js';
import { h, replaceChildren } from '../ui/dom.js';
import { whenWords } from './game-time.js';
import { noticeWords, waitingWords } from './notice-words.js';
import { publicNews } from './public-news.js';
import { revokedLines } from './seat-revoked.js';
import { connectSeat, type SeatMessage } from './seat-connection.js';

/** Where the seat screen draws. */
export interface SeatScreenParts {
  /** The line above the table (where the game is, the connection, the clock). */
  readonly bar: HTMLElement;
  /** The panel beside the table (order sheet, brief, messages). */
  readonly side: HTMLElement;
  /** Draws a table model on the canvas. */
  readonly show: (model: TableModel) => void;
  /** Hides the table (this device no longer holds the seat). */
  readonly hideTable: () => void;
}

/** Joins the seat of `code` and keeps the screen in step with what the server sends. */
export function mountSeatScreen(code: string, parts: SeatScreenParts): void {
  const where = h('p', { class: 'where', 'data-testid': 'where', 'aria-live': 'polite' }, 'Joining…');
  const status = h('p', { class: 'hint', 'data-testid': 'connection' });
  const clock = h('p', { class: 'hint', 'data-testid': 'clock' });
  const error = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'server-error' });
  // A rollback or fork, in words, while the game is at the step it went back to.
  const notice = h('p', { class: 'notice', role: 'status', 'data-testid': 'seat-notice', hidden: true });
  let noticeStep = -1;
  // Kept across views and refilled from each: a view within the same step (an event the
  // facilitator triggers) must reach the news without redrawing a sheet being filled in.
  const news = publicNews('seat-news');
  replaceChildren(parts.bar, h('div', { class: 'game-bar' }, where, clock, status), notice, error);
  // The latest clock message, redrawn every second: a pause or a stand-in notice stays up until
  // the server says otherwise, and a countdown counts down.
  let latestClock: Extract<SeatMessage, { type: 'clock' }> | null = null;
  let lastView: View | null = null;
  let shownStep = -1;
  const tick = () => {
    const m = latestClock;
    if (m === null) clock.textContent = '';
    else if (m.standIn) clock.textContent = 'A bot is standing in for your team; the facilitator can hand the seat back.';
    else if (m.paused) clock.textContent = 'The facilitator has paused the game.';
    else if (m.waitingFor.length > 0) clock.textContent = waitingWords(m.waitingFor.map((id) => lastView?.actors.find((a) => a.id === id)?.name ?? id), shownStep >= 0);
    else clock.textContent = m.deadline === null ? '' : `${Math.max(0, Math.ceil((m.deadline - Date.now()) / 1000))} s left in this step`;
  };
  setInterval(tick, 1000);

  const onView = (message: Extract<SeatMessage, { type: 'view' }>) => {
    const { view, request } = message;
    lastView = view;
    if (message.step !== noticeStep) notice.hidden = true;
    where.textContent = `${view.self.name} · ${view.scenarioId} · ${whenWords(view.phase, view.round, view.year)} · step ${view.step}`;
    parts.show(viewTableModel(view, 'seat', { titles: articleTitles(view.scenarioId) }));
    news.show(view);
    // A view of the same step (a reconnect, a clock change) must not wipe a sheet being filled in.
    if (request !== null && message.step === shownStep && parts.side.querySelector('[data-testid="sheet-form"]')) return;
    shownStep = request === null ? -1 : message.step;
    const form = h('div', {});
    const waiting = view.phase === 'concluded'
      ? h('p', { class: 'notice', 'data-testid': 'seat-over' }, 'The game is over. The facilitator has the debrief.')
      : h('p', { class: 'notice', 'data-testid': 'seat-waiting' }, 'Your orders are in, or there is nothing for you to decide: waiting for the other teams.');
    replaceChildren(parts.side, digestPanel(digestFor(view)), request === null ? waiting : form, archivePanel(messageArchive(view), 'Your messages and the public statements'), news.element, briefOf(view));
    if (request !== null)
      mountSheetForm(form, view, request, defaultSheetFor(view, request), (sheet) => {
        connection.submit(message.step, sheet);
        return null; // the server answers with `accepted` or an error naming the slot
      });
  };

  /** The facilitator gave the seat a new code: nothing of the seat stays on this device. */
  let gone = false;
  const revoked = () => {
    gone = true;
    status.textContent = '';
    latestClock = null;
    tick();
    parts.hideTable();
    notice.hidden = true;
    where.textContent = 'This device no longer holds a seat';
    replaceChildren(error);
    const seatName = lastView?.self.name ?? null;
    lastView = null;
    replaceChildren(parts.side, revokedLines(seatName));
  };

  const connection = connectSeat(
    code,
    (message) => {
      if (message.type === 'view') onView(message);
      else if (message.type === 'error' && (message.code === 'revoked' || message.code === 'unauthorized')) revoked();
      else if (message.type === 'notice') {
        noticeStep = message.notice.step;
        notice.textContent = noticeWords(message.notice);
        notice.hidden = false;
      }
      else if (message.type === 'clock') {
        latestClock = message;
        tick();
      } else if (message.type === 'error') error.textContent = `${message.slot ? `${message.slot}: ` : ''}${message.message}`;
      else if (message.type === 'accepted') error.textContent = '';
    },
    (state) => {
      // A device that lost its seat does not reconnect: no "reconnecting" line.
      status.textContent = state === 'open' || gone ? '' : state === 'connecting' ? 'Connecting to the game server…' : 'Connection lost: reconnecting…';
      if (state === 'open' && lastView === null) where.textContent = 'Joined: waiting for the game…';
    },
  );
}
