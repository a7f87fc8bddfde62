/**
 * The set-up screen: a shipped scenario or a scenario file (its problems shown in the page, one
 * line each naming the path and the reason), a seed, the length of the game for a class, and for
 * each seat a human team or a built-in bot; where a Geneva server serves the page, the step timers
 * of a networked class. It opens on the last set-up. From here a teacher can also resume the
 * autosaved game, load a save file or open a replay file.
 */
import type { StoreApi } from 'zustand/vanilla';
import { HUMAN, type Scenario } from '@geneva/engine';
import { shippedScenarios } from '../scenarios.js';
import { lastSetUp, loadScenario, rememberSetUp, scenarioOf, seatChoices, seatsFor, type ScenarioSource, type SetUp } from '../session/set-up.js';
import { consolePath, keepCredentials, type ConsoleCredentials } from '../remote/console-credentials.js';
import { timerFields } from '../remote/timer-fields.js';
import type { Session } from '../session/session-store.js';
import { autosaved } from '../session/autosave.js';
import { servedByGeneva } from '../remote/served.js';
import { h, replaceChildren } from './dom.js';
import { readFileInput } from './files.js';
import { showBriefings } from './briefings.js';
import { showRulesSheet } from './rules-sheet.js';
import { showFacilitatorGuide } from './facilitator-guide.js';
import { gameLoad, loadWords, PRESETS } from '../session/presets.js';

/** Builds the set-up screen into `root`. */
export function mountSetUpScreen(root: HTMLElement, store: StoreApi<Session>): void {
  const last = lastSetUp();
  let fileSource: (ScenarioSource & { kind: 'file' }) | null = last?.source.kind === 'file' ? last.source : null;
  const scenarioSelect = h('select', { id: 'scenario', 'data-testid': 'scenario' });
  const scenarioFile = h('input', { type: 'file', id: 'scenario-file', accept: '.yaml,.yml,.json', 'data-testid': 'scenario-file' });
  const problems = h('ul', { class: 'problems', role: 'alert', 'data-testid': 'scenario-problems' });
  const about = h('p', { class: 'hint', 'data-testid': 'scenario-about' });
  const seed = h('input', { id: 'seed', value: last?.seed ?? '1', size: 10, 'data-testid': 'seed' });
  const rounds = h('input', { id: 'rounds', type: 'number', min: 1, max: 40, 'data-testid': 'rounds' });
  const years = h('input', { id: 'years', type: 'number', min: 1, max: 30, 'data-testid': 'years' });
  const seats = h('tbody', {});
  const startProblems = h('ul', { class: 'problems', role: 'alert', 'data-testid': 'start-problems' });
  const start = h('button', { type: 'submit', class: 'primary', 'data-testid': 'start' }, 'Start the game');
  const briefings = h('button', { type: 'button', 'data-testid': 'briefings' }, 'Print role briefings');
  const rulesSheet = h('button', { type: 'button', 'data-testid': 'rules-sheet' }, 'Print the rules sheet');
  const guide = h('button', { type: 'button', 'data-testid': 'facilitator-guide' }, 'Print the facilitator guide');
  const preset = h('select', { id: 'preset', 'data-testid': 'preset' }, h('option', { value: '' }, 'Custom: rounds and years as set'), ...PRESETS.map((p) => h('option', { value: p.id }, `${p.label}: ${p.rounds} rounds, ${p.years} year${p.years === 1 ? '' : 's'}`)));
  const load = h('p', { class: 'hint', 'data-testid': 'preset-load', 'aria-live': 'polite' });
  // Only where the page comes from a Geneva server (npm run serve): a class on the teams' own laptops.
  const networked = h('button', { type: 'button', 'data-testid': 'networked', hidden: true }, 'Start a networked class on this server');
  // The step timers go with the networked class: a hot-seat game has its "Time is up" button instead.
  const timers = timerFields('setup-timer', 'Step timers of a networked class', last?.timer?.phases !== undefined);
  timers.fill(last?.timer);
  timers.element.hidden = true;
  void offerNetworkedClass(networked, timers.element);

  const fillScenarios = () => {
    const options = [...shippedScenarios.values()].map((s) => h('option', { value: `shipped:${s.id}` }, `${s.title} (${s.id})`));
    if (fileSource !== null) options.push(h('option', { value: 'file' }, `From file: ${fileSource.name}`));
    replaceChildren(scenarioSelect, ...options);
  };
  const source = (): ScenarioSource => (scenarioSelect.value === 'file' && fileSource !== null ? fileSource : { kind: 'shipped', id: scenarioSelect.value.replace(/^shipped:/, '') });
  const current = (): Scenario | null => {
    const load = loadScenario(source());
    return load.ok ? load.scenario : null;
  };
  const fillSeats = (chosen: Readonly<Record<string, string>>) => {
    const scenario = current();
    if (scenario === null) return replaceChildren(seats);
    about.textContent = scenario.description;
    rounds.value = String(scenario.rules.rounds);
    years.value = String(scenario.horizon.years);
    const assigned = seatsFor(scenario, chosen);
    replaceChildren(
      seats,
      ...Object.entries(scenario.actors).map(([id, actor]) => {
        const select = h('select', { 'data-seat': id, 'aria-label': `who plays ${actor.name}` }, ...seatChoices(actor.kind).map((c) => h('option', { value: c.id, selected: c.id === assigned[id] }, c.label)));
        return h('tr', {}, h('td', {}, actor.name), h('td', {}, actor.kind), h('td', {}, 'bloc' in actor ? actor.bloc : ''), h('td', {}, select));
      }),
    );
  };
  const chosenSeats = (): Record<string, string> => Object.fromEntries([...seats.querySelectorAll<HTMLSelectElement>('select[data-seat]')].map((s) => [s.dataset['seat']!, s.value]));
  /** What this set-up asks of the teams, measured with the bots, written beside the class length. */
  const showLoad = () => {
    const chosen = PRESETS.find((p) => p.id === preset.value);
    const typed = timers.read();
    const timer = chosen?.timer ?? (typed.ok && Object.keys(typed.timer).length > 0 ? typed.timer : undefined);
    const scenario = scenarioOf(setUp());
    if (!scenario.ok) return (load.textContent = '');
    const humans = Object.entries(seatsFor(scenario.scenario, chosenSeats())).filter(([, who]) => who === HUMAN).map(([id]) => id);
    const names = humans.map((id) => scenario.scenario.actors[id]!.name);
    load.textContent = loadWords(gameLoad(scenario.scenario, seed.value.trim() || '1', chosenSeats(), humans, timer), names);
  };
  const matchPreset = () => {
    const match = PRESETS.find((p) => String(p.rounds) === rounds.value && String(p.years) === years.value);
    preset.value = match?.id ?? '';
  };
  preset.addEventListener('change', () => {
    const chosen = PRESETS.find((p) => p.id === preset.value);
    if (chosen !== undefined) {
      rounds.value = String(chosen.rounds);
      years.value = String(chosen.years);
      timers.fill(chosen.timer);
    }
    showLoad();
  });
  for (const field of [rounds, years]) field.addEventListener('change', () => (matchPreset(), showLoad()));
  seats.addEventListener('change', showLoad);
  seed.addEventListener('change', showLoad);

  fillScenarios();
  scenarioSelect.value = last === null ? 'shipped:rsa-2017' : last.source.kind === 'file' ? 'file' : `shipped:${last.source.id}`;
  if (scenarioSelect.value === '') scenarioSelect.selectedIndex = 0;
  fillSeats(last?.seats ?? {});
  if (last?.rounds !== undefined) rounds.value = String(last.rounds);
  if (last?.years !== undefined) years.value = String(last.years);
  // Another scenario has other actors and other defaults: its seats start from its own defaults.
  scenarioSelect.addEventListener('change', () => (fillSeats({}), matchPreset(), showLoad()));

  scenarioFile.addEventListener('change', async () => {
    const file = await readFileInput(scenarioFile);
    if (file === null) return;
    const candidate: ScenarioSource & { kind: 'file' } = { kind: 'file', name: file.name, text: file.text };
    const load = loadScenario(candidate);
    if (!load.ok) {
      replaceChildren(problems, ...load.problems.map((p) => h('li', {}, p)));
      return;
    }
    replaceChildren(problems);
    fileSource = candidate;
    fillScenarios();
    scenarioSelect.value = 'file';
    fillSeats({});
  });

  const form = h(
    'form',
    { class: 'setup', 'data-testid': 'setup' },
    h('h2', {}, 'Set up a game'),
    h('div', { class: 'row' }, h('label', { for: 'scenario' }, 'Scenario'), scenarioSelect, h('label', { for: 'scenario-file' }, 'or load a scenario file'), scenarioFile),
    problems,
    about,
    h('div', { class: 'row' }, h('label', { for: 'preset' }, 'Class length'), preset),
    load,
    h('div', { class: 'row' }, h('label', { for: 'seed' }, 'Seed'), seed, h('label', { for: 'rounds' }, 'Negotiation rounds'), rounds, h('label', { for: 'years' }, 'Implementation years'), years),
    // The actions before the seats: a scenario has up to two dozen seats, and a class starts with a glance.
    startProblems,
    h('div', { class: 'row' }, start, networked),
    h('div', { class: 'row' }, h('span', { class: 'hint' }, 'For the lesson:'), briefings, rulesSheet, guide),
    timers.element,
    h('table', { class: 'seats' }, h('caption', {}, 'Who plays each seat'), h('thead', {}, h('tr', {}, h('th', {}, 'actor'), h('th', {}, 'kind'), h('th', {}, 'bloc'), h('th', {}, 'played by'))), seats),
  );
  const setUp = (): SetUp => {
    // Timers that do not read yet are left out here; the networked class refuses them with their problem.
    const timer = timers.read();
    const base = { source: source(), seed: seed.value.trim() || '1', seats: chosenSeats(), rounds: Number(rounds.value), years: Number(years.value) };
    return timer.ok && Object.keys(timer.timer).length > 0 ? { ...base, timer: timer.timer } : base;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const refused = store.getState().start(setUp());
    replaceChildren(startProblems, ...(refused ?? []).map((p) => h('li', {}, p)));
  });
  networked.addEventListener('click', async () => {
    const timer = timers.read();
    const problem = timer.ok ? await createNetworkedGame(setUp()) : timer.problem;
    replaceChildren(startProblems, ...(problem === null ? [] : [h('li', {}, problem)]));
  });
  /** Opens a print view (briefings, rules sheet, guide) in place of the set-up, until it is closed. */
  const printable = (button: HTMLButtonElement, show: (view: HTMLElement, close: () => void) => readonly string[] | null) =>
    button.addEventListener('click', () => {
      const printView = document.getElementById('print')!;
      const close = () => {
        // Out of the page, not just out of sight: the briefings hold every seat's private brief.
        replaceChildren(printView);
        printView.hidden = true;
        root.hidden = false;
        button.focus();
      };
      const refused = show(printView, close);
      replaceChildren(startProblems, ...(refused ?? []).map((p) => h('li', {}, p)));
      if (refused !== null) return;
      root.hidden = true;
      printView.hidden = false;
      window.scrollTo(0, 0);
      printView.querySelector<HTMLElement>('button')?.focus();
    });
  printable(briefings, (view, close) => showBriefings(view, setUp(), close));
  printable(rulesSheet, (view, close) => showRulesSheet(view, setUp(), close));
  printable(guide, (view, close) => showFacilitatorGuide(view, close));

  replaceChildren(root, form, otherWays(store));
  matchPreset();
  showLoad();
}

/** Shows the networked-class button (and its timers) when the page was served by a Geneva server. */
async function offerNetworkedClass(...elements: readonly HTMLElement[]): Promise<void> {
  const served = await servedByGeneva();
  for (const element of elements) element.hidden = !served;
}

/**
 * Creates the game on the server (the set-up's scenario, with the bots chosen for the other seats,
 * and its step timers), keeps its credentials in this browser, remembers the set-up and opens the
 * game's console; returns a one-line problem or null.
 */
async function createNetworkedGame(setUp: SetUp): Promise<string | null> {
  const load = scenarioOf(setUp);
  if (!load.ok) return load.problems[0] ?? 'the scenario cannot be played';
  const seats = seatsFor(load.scenario, setUp.seats);
  const humans = Object.keys(seats).filter((id) => seats[id] === HUMAN);
  if (humans.length === 0) return 'a networked class needs at least one human team';
  const actors = Object.fromEntries(Object.entries(load.scenario.actors).map(([id, actor]) => [id, seats[id] === HUMAN ? actor : { ...actor, strategy: seats[id] }]));
  const body = { scenarioData: { ...load.scenario, actors }, seed: setUp.seed, humans, ...(setUp.timer === undefined ? {} : { timer: setUp.timer }) };
  const answer = await fetch('/api/games', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const created = (await answer.json()) as { gameId?: string; facilitatorToken?: string; seats?: ConsoleCredentials['seats']; message?: string };
  if (!answer.ok || created.gameId === undefined || created.facilitatorToken === undefined) return `the server refused the game: ${created.message ?? answer.statusText}`;
  if (!keepCredentials({ gameId: created.gameId, facilitatorToken: created.facilitatorToken, seats: created.seats ?? [] }))
    return `game ${created.gameId} was created, but this browser could not keep its console's credentials (storage full or disabled)`;
  rememberSetUp(setUp);
  location.assign(consolePath(created.gameId));
  return null;
}

/** Resuming the autosaved game, loading a save file, opening a replay file. */
function otherWays(store: StoreApi<Session>): HTMLElement {
  const problems = h('ul', { class: 'problems', role: 'alert', 'data-testid': 'file-problems' });
  const saved = autosaved();
  const resume = saved === null ? null : h('button', { type: 'button', 'data-testid': 'resume' }, `Resume the game in progress: ${saved.label}`);
  resume?.addEventListener('click', () => {
    const problem = saved === null ? null : store.getState().loadSave('the autosaved game', saved.text);
    if (problem !== null) replaceChildren(problems, h('li', {}, problem));
  });
  const saveFile = h('input', { type: 'file', id: 'save-file', accept: '.json', 'data-testid': 'save-file' });
  const replayFile = h('input', { type: 'file', id: 'replay-file', accept: '.json', 'data-testid': 'replay-file' });
  const open = (input: HTMLInputElement, action: (name: string, text: string) => string | null) =>
    input.addEventListener('change', async () => {
      const file = await readFileInput(input);
      if (file === null) return;
      const problem = action(file.name, file.text);
      replaceChildren(problems, ...(problem === null ? [] : [h('li', {}, problem)]));
    });
  open(saveFile, (name, text) => store.getState().loadSave(name, text));
  open(replayFile, (name, text) => store.getState().openReplay(name, text));
  return h(
    'section',
    { class: 'other-ways' },
    h('h2', {}, 'Or continue, or review'),
    resume,
    h('div', { class: 'row' }, h('label', { for: 'save-file' }, 'Load a saved game'), saveFile),
    h('div', { class: 'row' }, h('label', { for: 'replay-file' }, 'Open a replay file (geneva play --log, geneva replay --batch … --log)'), replayFile),
    problems,
  );
}
