/**
 * Geneva's browser client (first increment of the client issue): pick a shipped scenario and a
 * seed, watch the bots play step by step or to the end on a Pixi table, and read the outcome.
 * Human seats, hand-over, replays and the debrief come next.
 */
import { Application } from 'pixi.js';
import { gameStore } from './store/game-store.js';
import { TableScene } from './scene/table.js';
import { lastSetUp, mountPanel } from './ui/panel.js';

const store = gameStore();
const app = new Application();
// A top-level await keeps Pixi's renderers in lazy chunks (see STACK.md).
await app.init({ width: 1280, height: 620, background: 0xf7f4ec, antialias: true, preference: 'webgl' });
document.querySelector('#table')!.appendChild(app.canvas);
const scene = new TableScene(app);
store.subscribe((s) => s.game && scene.draw(s.game));
mountPanel(document.querySelector<HTMLElement>('#panel')!, store);
const setUp = lastSetUp();
store.getState().newGame(setUp?.scenarioId ?? 'rsa-2017', setUp?.seed ?? '1');
