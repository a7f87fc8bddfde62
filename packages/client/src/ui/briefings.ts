/**
 * Student briefings to print before a class: one page per human team (every seat when no team is
 * human yet), generated from the set-up's scenario so they never drift from the model. Each says,
 * in words: who you are, what you want (ranked), what you cannot accept, how your result is
 * scored, what only you know, and your likely allies and rivals. No bot names, no modellers'
 * notes, no bare parameters: a team reads what a diplomat's brief would say.
 */
import { ARTICLES, createGame, HUMAN, viewFor, type GameState, type Scenario, type View } from '@geneva/engine';
import { alignmentOf } from '../decide/allies.js';
import { background } from '../decide/background.js';
import { limits, means, scoring, trustLine, wishes } from '../decide/brief-facts.js';
import { actorName, levelWord, positionWords, articleTitle } from '../decide/words.js';
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
  const humans = game.actors.filter((a) => game.seats[a.index] === HUMAN);
  const pages = humans.length > 0 ? humans : game.actors;
  const print = h('button', { type: 'button', class: 'primary', 'data-testid': 'print' }, 'Print');
  const close = h('button', { type: 'button', 'data-testid': 'close-briefings' }, 'Close');
  print.addEventListener('click', () => window.print());
  close.addEventListener('click', onClose);
  const note = humans.length > 0 ? `${pages.length} pages: one per human team, to hand to that team only.` : `${pages.length} pages: one per seat (no seat is a human team yet), each to hand to its team only.`;
  replaceChildren(root, h('div', { class: 'print-controls' }, print, close, h('span', { class: 'hint' }, note)), ...pages.map((actor) => briefingPage(game, scenario, actor.index, setUp.seed)));
  return null;
}

/** One seat's page. */
function briefingPage(game: GameState, scenario: Scenario, seat: number, seed: string): HTMLElement {
  const actor = game.actors[seat]!;
  const view = viewFor(game, seat);
  const list = (lines: readonly string[]) => h('ul', {}, ...lines.map((line) => h('li', {}, line)));
  const names = (seats: readonly number[]) => seats.map((i) => actorName(game.actors, i)).join(', ');
  const { allies, rivals } = alignmentOf(game, seat);
  const what = actor.kind === 'civil' ? 'a civil-society organisation' : actor.kind === 'firm' ? `a technology firm based in ${actorName(game.actors, actor.home)}` : `a state of the ${actor.bloc} bloc`;
  const exposure = actor.kind === 'state' ? ` Your people's exposure to cyberattacks is ${levelWord(actor.exposure)}.` : '';
  return h(
    'article',
    { class: 'briefing', 'data-testid': `briefing-${actor.id}` },
    h('p', { class: 'hint' }, `${scenario.title} · seed ${seed} · for the ${actor.name} team only`),
    h('h2', {}, `${actor.name}: role briefing`),
    h('h3', {}, 'Who you are'),
    h('p', {}, `You are ${actor.name}, ${what}.${exposure}`),
    ...background(scenario.actors[actor.id]?.notes).map((line) => h('p', {}, line)),
    view.me.kind === 'state' ? h('h3', {}, 'What you want, most important first') : null,
    view.me.kind === 'state' ? list(wishes(view)) : null,
    view.me.kind === 'state' ? h('h3', {}, 'What you cannot accept') : null,
    view.me.kind === 'state' ? list(limits(view)) : null,
    h('h3', {}, 'How your result is scored'),
    h('p', {}, scoring(actor.kind)),
    h('h3', {}, 'What only you know'),
    list([...means(view), trustLine(view), 'Your priorities, your limits and your stock of exploits are secret: the other teams see only your public moves.', ...guessed(view)]),
    allies.length === 0 ? null : h('h3', {}, 'Likely allies and rivals'),
    allies.length === 0 ? null : list([`Closest to what you want: ${names(allies)}.`, `Furthest from it: ${names(rivals)}.`]),
    h('h3', {}, 'The draft on the table'),
    list(ARTICLES.map((_, k) => `${articleTitle(k, game.scenario.articles)}: ${positionWords(k, game.world.public.text[k] ?? 0)}`)),
  );
}

/** When the scenario leaves this state's type uncertain: the others work from estimates, and learn from what it does. */
function guessed(view: View): string[] {
  const e = view.public.estimates[view.seat];
  if (e === null || e === undefined) return [];
  const uncertain = e.reservationSpread > 0 || e.hurdleSpread > 0 || e.idealSpread.some((s) => s > 0);
  return uncertain
    ? ['The other delegations know your wishes, what staying out is worth to you and how hard ratification is at home only roughly; they revise their guesses from how you vote, sign and ratify.']
    : [];
}
