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
  root.querySelector('#setup')!.addEventListener('submit', (event) => {
    event.preventDefault();
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
