/** The sandbox's view transfer carries the table's estimates, which change during a game. */
import { describe, expect, it } from 'vitest';
import { ViewReceiver, ViewSender, viewStatics } from '../../src/sandbox/view-transfer.js';
import { viewFor } from '@geneva/engine';
import { drive, loadScenario, seat } from '../support/scenarios.js';

describe('the view transfer', () => {
  it('rebuilds the estimates as they stand at every step, in a game where they change', () => {
    const scenario = loadScenario('rsa-2017');
    let sender: ViewSender | null = null;
    let receiver: ViewReceiver | null = null;
    const seen: string[] = [];
    drive(scenario, {
      seed: 'transfer',
      onStep: (state) => {
        const view = viewFor(state, seat(state, 'gbr'));
        if (!sender || !receiver) {
          sender = new ViewSender();
          receiver = new ViewReceiver(structuredClone(viewStatics(view)));
        }
        // Through a copy, as across the sandbox's boundary.
        const inside = receiver.receive(structuredClone(sender.delta(view)));
        expect(inside.public.estimates).toEqual(view.public.estimates);
        seen.push(JSON.stringify(inside.public.estimates));
      },
    });
    expect(new Set(seen).size).toBeGreaterThan(3);
  });
});
