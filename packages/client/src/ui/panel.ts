/**
 * The DOM controls around the table: set-up (scenario, seed), pace (step, to the end), where the
 * game is, and the outcome. Keyboard operable: plain buttons and inputs.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../store/game-store.js';
import { shippedScenarios } from '../scenarios.js';

/** Builds the controls into `root` and keeps them in step with the store. */
export function mountPanel(root: HTMLElement, store: StoreApi<GameStore>): void {
  root.innerHTML = `
    <form id="setup">
      <label>Scenario <select id="scenario">${[...shippedScenarios.keys()].map((id) => `<option value="${id}">${id}</option>`).join('')}</select></label>
      <label>Seed <input id="seed" value="1" size="8"></label>
      <button id="new-game" type="submit">New game</button>
      <button id="step" type="button">Step</button>
      <button id="to-end" type="button">To the end</button>
    </form>
    <p id="where" data-testid="where"></p>
    <dl id="outcome" data-testid="outcome" hidden></dl>`;
  const select = root.querySelector<HTMLSelectElement>('#scenario')!;
  const seed = root.querySelector<HTMLInputElement>('#seed')!;
  const last = lastSetUp();
  if (last !== null && shippedScenarios.has(last.scenarioId)) [select.value, seed.value] = [last.scenarioId, last.seed];
  root.querySelector('#setup')!.addEventListener('submit', (event) => {
    event.preventDefault();
    rememberSetUp({ scenarioId: select.value, seed: seed.value });
    store.getState().newGame(select.value, seed.value);
  });
  root.querySelector('#step')!.addEventListener('click', () => store.getState().step());
  root.querySelector('#to-end')!.addEventListener('click', () => store.getState().toEnd());
  const where = root.querySelector<HTMLElement>('#where')!;
  const outcome = root.querySelector<HTMLElement>('#outcome')!;
  const render = (s: GameStore) => {
    const flow = s.game?.flow;
    where.textContent = flow ? `${s.scenarioId} · seed ${s.seed} · ${flow.phase} · round ${flow.round} · year ${flow.year}` : 'No game yet';
    outcome.hidden = s.outcome === null;
    if (s.outcome !== null) {
      const o = s.outcome;
      const rows: [string, string][] = [
        ['inForce', String(o.inForce)],
        ['ratifications', String(o.ratifications)],
        ['civilianHarm', String(o.civilianHarm)],
        ['incidents', String(o.incidents)],
      ];
      outcome.innerHTML = rows.map(([k, v]) => `<dt>${k}</dt><dd data-testid="outcome-${k}">${v}</dd>`).join('');
    }
  };
  store.subscribe(render);
  render(store.getState());
}

/** The set-up a teacher used last (kept in the browser), so a class reopens where it left off. */
export interface SetUp {
  readonly scenarioId: string;
  readonly seed: string;
}

const SET_UP_KEY = 'geneva.setup';

/** The last set-up, or null (none yet, or unreadable). */
export function lastSetUp(): SetUp | null {
  try {
    const value = JSON.parse(localStorage.getItem(SET_UP_KEY) ?? 'null') as Partial<SetUp> | null;
    return typeof value?.scenarioId === 'string' && typeof value.seed === 'string' ? { scenarioId: value.scenarioId, seed: value.seed } : null;
  } catch {
    return null;
  }
}

function rememberSetUp(setUp: SetUp): void {
  try {
    localStorage.setItem(SET_UP_KEY, JSON.stringify(setUp));
  } catch {
    // Storage may be full or disabled: the set-up simply is not remembered.
  }
}
