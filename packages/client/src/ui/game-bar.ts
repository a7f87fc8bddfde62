/**
 * The bar above the table: where the game is, the bots' pace (step, slow, fast, to the end), whose
 * eyes the table is seen through, and the files (save, replay). Plain buttons and selects, so it is
 * keyboard operable; the shortcuts are in keyboard.ts.
 */
import type { StoreApi } from 'zustand/vanilla';
import { contentHash, isOver, replayRecordOf, saveGame, type GameState } from '@geneva/engine';
import { openPerspectives, shownState, type Pace, type Session } from '../session/session-store.js';
import type { Perspective } from '../model/table-model.js';
import { shippedScenarios } from '../scenarios.js';
import { h, replaceChildren } from './dom.js';
import { download } from './files.js';
import { outcomeCsv } from './outcome-csv.js';

const PACES: readonly [Pace, string][] = [
  ['paused', 'Pause'],
  ['slow', 'Slow'],
  ['fast', 'Fast'],
];

/** Builds the bar; returns its element. It keeps itself in step with the store. */
export function gameBar(store: StoreApi<Session>): HTMLElement {
  const where = h('p', { class: 'where', 'data-testid': 'where', 'aria-live': 'polite' });
  const step = button('Step', 'step', 'One bot step (N)', () => store.getState().stepBots());
  const paces = PACES.map(([pace, label]) => {
    const b = button(label, `pace-${pace}`, pace === 'paused' ? 'Pause the bots (P)' : `Bots play ${pace}`, () => store.getState().setPace(pace));
    return { pace, b };
  });
  const toEnd = button('To the end', 'to-end', 'Bots play until a human team must decide, or the end (E)', () => store.getState().toEnd());
  const perspective = h('select', { 'data-testid': 'perspective', 'aria-label': 'Whose eyes' });
  perspective.addEventListener('change', () => store.getState().setPerspective(JSON.parse(perspective.value) as Perspective));
  const save = button('Save', 'save', 'Download a save file of this game', () => {
    const game = store.getState().game;
    if (game !== null) download(`${fileStem(game)}.geneva.json`, saveGame(game));
  });
  const replayFile = button('Replay file', 'download-replay', 'Download the replay file of this game', () => {
    const game = store.getState().game;
    if (game !== null) download(`${fileStem(game)}.replay.json`, `${JSON.stringify(replayRecordOf(game, { embedScenario: !isShipped(game) }))}\n`);
  });
  const csv = button('Outcome CSV', 'outcome-csv', 'Download the outcome of this game as CSV', () => {
    const s = store.getState();
    const last = s.timeline[s.timeline.length - 1];
    if (last !== undefined && isOver(last)) download(`${fileStem(last)}.outcome.csv`, outcomeCsv(last), 'text/csv');
  });
  const newGame = button('New game', 'new-game', 'Back to the set-up screen', () => store.getState().backToSetUp());
  const bar = h(
    'div',
    { class: 'game-bar', role: 'toolbar', 'aria-label': 'Game controls' },
    where,
    h('div', { class: 'group', role: 'group', 'aria-label': 'Bots' }, step, ...paces.map((p) => p.b), toEnd),
    h('label', {}, 'Seen by ', perspective),
    h('div', { class: 'group', role: 'group', 'aria-label': 'Files' }, save, replayFile, csv, newGame),
  );

  let shownOptions = '';
  const render = (s: Session) => {
    const game = shownState(s);
    where.textContent = game === null ? '' : whereLine(s, game);
    const live = s.game !== null && s.timeline.length === 0 && !isOver(s.game);
    for (const b of [step, toEnd, ...paces.map((p) => p.b)]) b.disabled = !live || s.turn !== null;
    for (const p of paces) p.b.setAttribute('aria-pressed', String(s.pace === p.pace));
    save.disabled = s.game === null;
    replayFile.disabled = s.game === null;
    const last = s.timeline[s.timeline.length - 1];
    csv.hidden = last === undefined || !isOver(last);
    const options = openPerspectives(s).map((p) => ({ value: JSON.stringify(p), label: perspectiveLabel(p, game) }));
    const key = options.map((o) => o.value).join('|');
    if (key !== shownOptions) {
      replaceChildren(perspective, ...options.map((o) => h('option', { value: o.value }, o.label)));
      shownOptions = key;
    }
    perspective.value = JSON.stringify(s.perspective);
  };
  store.subscribe(render);
  render(store.getState());
  return bar;
}

function button(label: string, testid: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', 'data-testid': testid, title }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** "rsa-2017 · seed 1 · negotiation, round 3 · step 5", with the replay file's name in review. */
function whereLine(s: Session, game: GameState): string {
  const { phase, round, year } = game.flow;
  const when = phase === 'negotiation' ? `negotiation, round ${round}` : year > 0 && phase !== 'concluded' ? `${phase}, year ${year}` : phase;
  const review = s.timeline.length > 0 ? ` · ${s.replayName ?? 'review'}: step ${s.cursor} of ${s.timeline.length - 1}` : '';
  return `${game.scenarioId} · seed ${game.seed} · ${when} · step ${game.flow.step.index}${review}`;
}

/** A perspective in words. */
export function perspectiveLabel(p: Perspective, game: GameState | null): string {
  if (p.kind === 'public') return 'the public (projector)';
  if (p.kind === 'omniscient') return 'everyone (omniscient)';
  return game?.actors[p.seat]?.name ?? `seat ${p.seat}`;
}

function isShipped(game: GameState): boolean {
  const shipped = shippedScenarios.get(game.scenarioId);
  return shipped !== undefined && contentHash(shipped) === game.scenarioHash;
}

function fileStem(game: GameState): string {
  return `${game.scenarioId}-seed-${game.seed.replace(/[^a-zA-Z0-9-]+/g, '_')}-step-${game.flow.step.index}`;
}
