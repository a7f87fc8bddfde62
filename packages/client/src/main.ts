/**
 * Geneva's browser client: the Pixi table, then either a screen of a networked class (remote/: a
 * team's seat from its join link, the facilitator's console, the projector's public table from a
 * watch link) or the hot-seat page (ui/hot-seat.ts). Every rule stays in the engine.
 */
import { Application } from 'pixi.js';
import './style.css';
import { fitToScreen } from './scene/fit-screen.js';
import { TableScene } from './scene/table.js';
import { startHotSeat } from './ui/hot-seat.js';

const $ = (id: string) => document.getElementById(id)!;

const app = new Application();
// The 2D context is made here, before Pixi asks for it, so it is desynchronized: a frame of the
// table then reaches the screen without blocking the page's main thread in the compositor commit,
// which for a software canvas cost 5 ms a frame (and 15–30 ms on a busy machine) in the bench's
// traces, more than drawing the table itself. Pixi's later getContext('2d') returns this context.
const canvas = document.createElement('canvas');
canvas.getContext('2d', { alpha: false, desynchronized: true });
// A top-level await keeps Pixi's renderers in lazy chunks (see STACK.md).
// The ticker starts only while the scene animates (scene/tween.ts): an idle table costs no frame.
// Pixi's canvas renderer: where there is no GPU (software WebGL, as in headless chromium) it draws
// this table 2.5× faster than WebGL (npm run bench -w @geneva/client), and a GPU speeds up both.
await app.init({ canvas, width: 1280, height: 620, background: 0xf7f4ec, antialias: false, autoStart: false, preference: 'canvas', resolution: Math.min(2, window.devicePixelRatio || 1), autoDensity: true });
app.ticker.stop();
app.canvas.setAttribute('aria-label', 'The negotiating table');
app.canvas.setAttribute('role', 'img');
$('stage').appendChild(app.canvas);
const scene = new TableScene(app);

// A team's link to a networked class (?join=CODE): its seat's screen, and nothing of the hot-seat page;
// the facilitator's console (?console=GAME); a projector's public table (?watch=TOKEN); otherwise
// the hot-seat page.
const query = new URLSearchParams(window.location.search);
const joinCode = query.get('join');
const consoleGame = query.get('console');
const watchToken = query.get('watch');
// The students' page of a networked class: a box for the team's code.
const joinPage = /^\/join\/?$/.test(window.location.pathname);
if (joinPage && joinCode === null) {
  document.body.dataset['screen'] = 'join';
  const { mountJoinScreen } = await import('./remote/join-screen.js');
  mountJoinScreen($('setup'));
} else if (consoleGame !== null) {
  document.body.dataset['screen'] = 'console';
  $('game').hidden = true;
  $('setup').hidden = false;
  const { mountConsoleScreen } = await import('./remote/console-screen.js');
  mountConsoleScreen($('setup'), consoleGame);
} else if (joinCode !== null) {
  document.body.dataset['screen'] = 'seat';
  document.body.dataset['turn'] = 'seat'; // the sheet and brief in the drawer over the table
  $('setup').hidden = true;
  $('game').hidden = false;
  const { mountSeatScreen } = await import('./remote/seat-screen.js');
  mountSeatScreen(joinCode, { bar: $('bar'), side: $('side'), show: (model) => scene.show(model), hideTable: () => ($('stage').hidden = true) });
} else if (watchToken !== null) {
  document.body.dataset['screen'] = 'watch';
  $('setup').hidden = true;
  $('game').hidden = false;
  const { mountWatchScreen } = await import('./remote/watch-screen.js');
  mountWatchScreen(watchToken, { root: $('game'), bar: $('bar'), side: $('side'), show: (model) => scene.show(model) });
  // A projector's screen is 1280×720 to 1920×1080 or more: the table fills it, its type growing.
  fitToScreen($('stage'), (width, height) => scene.fit(width, height));
} else {
  startHotSeat(scene);
  // Where a Geneva server serves the page, students given its bare address find their door first.
  const { offerJoinLink } = await import('./remote/join-link.js');
  void offerJoinLink(document.querySelector('header.top')!);
}
