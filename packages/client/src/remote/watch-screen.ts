/**
 * The projector's screen of a networked class (the page opened from the facilitator's watch link,
 * `?watch=TOKEN`): the table as the public sees it, where the game is, the step's countdown, who
 * is still to decide, the latest public news and the public stances. Everything comes from the
 * server's `public` messages (the engine's `publicViewOf`): no seat's view, brief or order sheet
 * ever reaches this page, so it is safe to show the whole room.
 */
import type { PublicMessage } from '@geneva/server';
import { publicTableModel, type TableModel } from '../model/table-model.js';
import { articleTitles, shippedScenarios } from '../scenarios.js';
import { h, replaceChildren } from '../ui/dom.js';
import { stancesTable } from '../ui/public-stances.js';
import { timeLeft, whenWords } from './game-time.js';
import { noticeWords, waitingWords } from './notice-words.js';
import { publicNews } from './public-news.js';
import { connectWatcher, refusesToken, type WatchMessage } from './watch-connection.js';

/** Where the watch screen draws. */
export interface WatchScreenParts {
  /** The screen as a whole (tagged for the room's tests and styles). */
  readonly root: HTMLElement;
  /** The lines above the table (where the game is, the clock, the connection). */
  readonly bar: HTMLElement;
  /** The panel beside the table (who is to decide, the news, the stances). */
  readonly side: HTMLElement;
  /** Draws a table model on the canvas. */
  readonly show: (model: TableModel) => void;
}

/** Watches the game of `token` and keeps the screen in step with what the server sends. */
export function mountWatchScreen(token: string, parts: WatchScreenParts): void {
  parts.root.setAttribute('data-testid', 'watch-screen');
  const where = h('p', { class: 'where', 'data-testid': 'watch-where', 'aria-live': 'polite' }, 'Joining…');
  const clock = h('p', { class: 'clock', 'data-testid': 'watch-clock' });
  const status = h('p', { class: 'hint', 'data-testid': 'watch-connection' });
  const error = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'watch-error' });
  const notice = h('p', { class: 'notice', role: 'status', 'data-testid': 'watch-notice', hidden: true });
  let noticeStep = -1;
  const awaiting = h('section', { class: 'awaiting', 'data-testid': 'watch-awaiting', 'aria-live': 'polite' });
  const over = h('p', { class: 'notice', 'data-testid': 'watch-over', hidden: true }, 'The game is over: the facilitator has the debrief.');
  const news = publicNews('watch-news');
  const stances = h('div', {});
  replaceChildren(parts.bar, h('div', { class: 'game-bar' }, where, clock, status), notice, error);
  replaceChildren(parts.side, over, awaiting, news.element, stances);

  let latest: PublicMessage | null = null;
  const tick = () => {
    const m = latest;
    if (m === null || m.view.phase === 'concluded') clock.textContent = '';
    else if (m.paused) clock.textContent = 'Paused by the facilitator';
    else if (m.waitingFor.length > 0) clock.textContent = waitingWords(m.waitingFor.map((id) => m.view.actors.find((a) => a.id === id)?.name ?? id), false);
    else clock.textContent = m.deadline === null ? '' : `${timeLeft(m.deadline, Date.now())} left in this step`;
  };
  setInterval(tick, 1000);

  const onPublic = (m: PublicMessage) => {
    latest = m;
    if (m.step !== noticeStep) notice.hidden = true;
    const { view } = m;
    const concluded = view.phase === 'concluded';
    // The server names seats by actor id; the table's extras take the actors' indices.
    const indexOf = new Map(view.actors.map((a) => [a.id, a.index]));
    const indices = (ids: readonly string[]) => new Set(ids.flatMap((id) => indexOf.get(id) ?? []));
    const model = publicTableModel(view, { awaiting: indices(m.awaiting), humans: indices(m.humans), titles: articleTitles(view.scenarioId) });
    parts.show(model);
    const title = shippedScenarios.get(view.scenarioId)?.title ?? view.scenarioId;
    where.textContent = `${title} · ${whenWords(view.phase, view.round, view.year)} · step ${view.step}${m.paused ? ' · PAUSED' : ''}`;
    parts.root.dataset['phase'] = view.phase;
    parts.root.dataset['step'] = String(view.step);
    over.hidden = !concluded;
    showAwaiting(awaiting, m, concluded);
    news.show(view);
    replaceChildren(stances, stancesTable(model));
    tick();
  };

  if (token.trim() === '') {
    where.textContent = 'Not watching';
    error.textContent = 'This projector link has no token: open the link the facilitator’s console gives.';
    return;
  }
  connectWatcher(
    token,
    (message: WatchMessage) => {
      if (message.type === 'notice') {
        noticeStep = message.notice.step;
        notice.textContent = noticeWords(message.notice);
        notice.hidden = false;
      } else if (message.type === 'public') {
        error.textContent = '';
        onPublic(message);
      } else if (message.type === 'joined') {
        error.textContent = '';
        parts.root.dataset['game'] = message.gameId;
        if (latest === null) where.textContent = 'Watching: waiting for the game…';
      } else if (refusesToken(message)) {
        where.textContent = 'Not watching';
        error.textContent = `This projector link does not open a game on this server (${message.message}): ask the facilitator for a new one.`;
      } else error.textContent = message.message;
    },
    (state) => {
      status.textContent = state === 'open' ? '' : state === 'connecting' ? 'Connecting to the game server…' : 'Connection lost: reconnecting…';
    },
  );
}

/**
 * Who is still to decide in this step, by name, teams marked: what the room is waiting for; and,
 * as a public notice, the teams a bot stands in for.
 */
function showAwaiting(section: HTMLElement, m: PublicMessage, concluded: boolean): void {
  const humans = new Set(m.humans);
  const standIns = new Set(m.standIns);
  const nameOf = (id: string) => m.view.actors.find((a) => a.id === id)?.name ?? id;
  const mark = (id: string) => (standIns.has(id) ? ' (a bot stands in for the team)' : humans.has(id) ? ' (team)' : '');
  const names = m.awaiting.map((id) => ({ id, name: nameOf(id), team: humans.has(id) }));
  const line = concluded ? 'Nobody: the game is over.' : m.paused ? 'The facilitator has paused the game.' : 'Everyone has decided: the step is being resolved.';
  replaceChildren(
    section,
    h('h3', {}, 'Still to decide'),
    names.length === 0
      ? h('p', { class: 'hint' }, line)
      : h('ul', {}, ...names.map((n) => h('li', { 'data-seat': n.id, class: n.team ? 'team' : 'bot' }, n.name, mark(n.id)))),
    m.standIns.length === 0 || concluded
      ? ''
      : h('p', { class: 'notice', 'data-testid': 'watch-stand-ins' }, `A bot stands in for ${m.standIns.map(nameOf).join(', ')} until the facilitator hands the seat back.`),
  );
}
