/**
 * The panel beside the table in play: the hand-over screen before a human seat's turn, then that
 * seat's private brief and order sheet; while the bots decide, the latest public events (what a
 * projector may show). Private content is built only for the revealed seat and removed from the
 * page as soon as its sheet is in.
 */
import type { StoreApi } from 'zustand/vanilla';
import { defaultSheetFor, digestFor, legalDecisions, messageArchive, pendingRequests, publicViewOf, viewFor, HUMAN, type GameState } from '@geneva/engine';
import { publicNewsContent } from '../remote/public-news.js';
import { archivePanel } from '../decide/archive-panel.js';
import { digestPanel } from '../decide/digest-panel.js';
import { briefOf } from '../decide/brief.js';
import { handoverCard } from '../decide/handover.js';
import { mountSheetForm } from '../decide/sheet-form.js';
import { shownState, type Session } from '../session/session-store.js';
import { tableModel } from '../model/table-model.js';
import { h, replaceChildren } from './dom.js';
import { stancesTable } from './public-stances.js';

/** Builds the panel into `root` and keeps it in step with the store. */
export function mountTurnPanel(root: HTMLElement, store: StoreApi<Session>): void {
  const render = (s: Session) => {
    const game = s.game;
    if (s.screen !== 'table') return replaceChildren(root);
    const shown = shownState(s);
    if (s.timeline.length > 0 || game === null) return replaceChildren(root, s.notice === null ? null : notice(s.notice), ...(shown === null ? [] : reviewPanel(shown, s.perspective)));
    if (s.turn === null) return replaceChildren(root, publicNews(game, s.pace === 'paused'));
    const seat = s.turn.seat;
    const name = game.actors[seat]?.name ?? `seat ${seat}`;
    if (!s.turn.revealed) {
      const waiting = pendingRequests(game).filter((r) => game.seats[r.seat] === HUMAN).map((r) => game.actors[r.seat]!.name);
      return replaceChildren(root, handoverCard(name, () => store.getState().reveal(), waiting, () => store.getState().timeUp()));
    }
    const request = legalDecisions(game, seat);
    if (request === undefined) return replaceChildren(root);
    const view = viewFor(game, seat);
    const form = h('div', {});
    replaceChildren(root, digestPanel(digestFor(view)), form, archivePanel(messageArchive(view), 'Your messages and the public statements'), briefOf(view));
    mountSheetForm(form, view, request, defaultSheetFor(view, request), (sheet) => store.getState().submit(sheet));
  };
  store.subscribe((s, previous) => {
    if (s.turn !== previous.turn || s.game !== previous.game || s.screen !== previous.screen || s.timeline !== previous.timeline || s.cursor !== previous.cursor || s.notice !== previous.notice || s.pace !== previous.pace) render(s);
  });
  render(store.getState());
}

/**
 * In review: from a seat's eyes, what it was told before that step and its messages so far; from
 * the public's or everyone's, the public record.
 */
function reviewPanel(shown: GameState, perspective: Session['perspective']): HTMLElement[] {
  if (perspective.kind !== 'seat') return [publicNews(shown, null)];
  const view = viewFor(shown, perspective.seat);
  const name = view.self.name;
  return [digestPanel(digestFor(view), `What ${name} had been told at this step`), archivePanel(messageArchive(view), `${name}'s messages and the public statements`, true), publicNews(shown, null)];
}

function notice(text: string): HTMLElement {
  return h('p', { class: 'notice', role: 'status', 'data-testid': 'notice' }, text);
}

/** The public news of the last step and the latest statements, and every actor's public stance on each article. */
function publicNews(game: GameState, paused: boolean | null): HTMLElement {
  const hint = paused === null ? null : paused ? 'The bots are paused: Step (N), Slow, Fast or To the end (E).' : 'The bots are negotiating…';
  return h(
    'section',
    { class: 'news', 'data-testid': 'news' },
    hint === null ? null : h('p', { class: 'hint' }, hint),
    ...publicNewsContent(publicViewOf(game), 'news'),
    stancesTable(tableModel(game, { kind: 'public' })),
  );
}
