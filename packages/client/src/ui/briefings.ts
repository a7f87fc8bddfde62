/**
 * Role briefings to print before a class: one page per seat, generated from the scenario of the
 * set-up (so they never drift from the model): who the actor is and why, the scenario's sources,
 * and the seat's private brief at the start of the game (its ideal text, priorities, red lines,
 * whom it trusts). The teacher prints them and hands each team its own.
 */
import { ARTICLES, createGame, viewFor } from '@geneva/engine';
import { briefOf } from '../decide/brief.js';
import { scenarioOf, seatsFor, type SetUp } from '../session/set-up.js';
import { h, replaceChildren } from './dom.js';

/**
 * Shows the briefings of a set-up in `root` (a print view with Print and Close); returns the
 * scenario's problems instead when it cannot be played.
 */
export function showBriefings(root: HTMLElement, setUp: SetUp, onClose: () => void): readonly string[] | null {
  const load = scenarioOf(setUp);
  if (!load.ok) return load.problems;
  const scenario = load.scenario;
  const game = createGame(scenario, { seed: setUp.seed, seats: seatsFor(scenario, setUp.seats) });
  const print = h('button', { type: 'button', class: 'primary', 'data-testid': 'print' }, 'Print');
  const close = h('button', { type: 'button', 'data-testid': 'close-briefings' }, 'Close');
  print.addEventListener('click', () => window.print());
  close.addEventListener('click', onClose);
  const draft = ARTICLES.map((id, k) => `${scenario.articles[id].title} ${(game.world.public.text[k] ?? 0).toFixed(2)}`).join(' · ');
  replaceChildren(
    root,
    h('div', { class: 'print-controls' }, print, close, h('span', { class: 'hint' }, `${game.actors.length} pages: one per seat, to hand to its team only.`)),
    ...game.actors.map((actor) => {
      const notes = scenario.actors[actor.id]?.notes;
      return h(
        'article',
        { class: 'briefing', 'data-testid': `briefing-${actor.id}` },
        h('p', { class: 'hint' }, `${scenario.title} · seed ${setUp.seed} · ${game.seats[actor.index] === 'human' ? 'played by your team' : `played by the bot ${game.seats[actor.index]}`}`),
        h('h2', {}, `${actor.name}: role briefing`),
        h('p', {}, `You are ${actor.name}, a ${actor.kind === 'civil' ? 'civil-society organisation' : actor.kind === 'firm' ? 'technology firm' : 'state'}${actor.kind === 'state' ? ` of the ${actor.bloc} bloc` : ''}.`),
        notes ? h('p', {}, notes) : null,
        h('p', { class: 'hint' }, `The draft on the table: ${draft}.`),
        briefOf(viewFor(game, actor.index), true),
      );
    }),
  );
  return null;
}
