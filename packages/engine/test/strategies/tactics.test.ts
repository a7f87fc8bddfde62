import { describe, expect, it } from 'vitest';
import { worthSubmitting } from '../../src/strategies/tactics.js';
import { ratificationSurplus, stateFacts } from '../../src/strategies/estimates.js';
import { viewFor } from '../../src/view/view.js';
import { SCENARIO_IDS, drive, loadScenario } from '../support/scenarios.js';

describe('whether a state bot submits the text', () => {
  it('is decided by the shortcut exactly as by the pivotal surplus, at every step of real games where a state may submit', () => {
    let checked = 0;
    let skipped = 0;
    for (const id of SCENARIO_IDS) {
      for (let seed = 0; seed < 4; seed++) {
        drive(loadScenario(id), {
          seed,
          onStep: (state) => {
            for (const r of state.flow.step.requests) {
              if (r.slots.submit === undefined) continue;
              const view = viewFor(state, r.seat);
              const me = stateFacts(view)!;
              const surplus = ratificationSurplus(view, me);
              for (const threshold of [-0.1, 0, 0.1]) {
                expect(worthSubmitting(view, me, threshold), `${id} seed ${seed} ${r.actor} at ${threshold}`).toBe(surplus > threshold);
                checked++;
              }
              if (surplus <= 0 && state.scenario.rules.clubPenalty === 0) skipped++;
            }
          },
        });
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(0);
  });
});
